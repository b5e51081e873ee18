package org.corroborate.app.cli;

/** The formats {@code analyze} writes. */
enum OutputFormat {
    md, json, jsonl, html
}
