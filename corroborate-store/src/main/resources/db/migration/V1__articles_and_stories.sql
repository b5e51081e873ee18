-- Analysed articles and the stories they form.
--
-- Key columns serve queries (by outlet, url, date, speaker, entity name, story membership); the *_json
-- columns hold the full records, which is what loads back. digest is the SHA-256 of the JSON, so that saving
-- an identical analysis again can be recognised without reading the JSON back.
--
-- Written in SQL that SQLite and PostgreSQL both accept: TEXT for strings and dates (ISO-8601 sorts as
-- text), INTEGER for numbers, no vendor types. Ids are TEXT because their format belongs to the engine.

CREATE TABLE article (
    id         TEXT NOT NULL PRIMARY KEY,
    digest     TEXT NOT NULL,
    source     TEXT NOT NULL,
    url        TEXT,
    outlet     TEXT,
    title      TEXT,
    byline     TEXT,
    published  TEXT,
    facts_json TEXT NOT NULL,
    saved_at   TEXT NOT NULL
);
CREATE INDEX article_url ON article (url);
CREATE INDEX article_outlet ON article (outlet);
CREATE INDEX article_published ON article (published);

CREATE TABLE quote (
    article_id     TEXT    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    kind           TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    speaker_name   TEXT,
    speaker_text   TEXT,
    speaker_entity TEXT,
    cue            TEXT,
    medium         TEXT,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX quote_speaker_name ON quote (speaker_name);

CREATE TABLE entity (
    article_id TEXT    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_id  TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entity_name ON entity (name);

CREATE TABLE story (
    id            TEXT    NOT NULL PRIMARY KEY,
    digest        TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    article_count INTEGER NOT NULL,
    report_json   TEXT    NOT NULL,
    saved_at      TEXT    NOT NULL
);

-- An article may belong to several stored stories (runs over different inputs cluster differently); an
-- article cannot be removed while a story lists it.
CREATE TABLE story_article (
    story_id   TEXT    NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    article_id TEXT    NOT NULL REFERENCES article (id),
    ordinal    INTEGER NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_article_article ON story_article (article_id);
