/**
 * Where analysed articles and stories are kept: {@link org.corroborate.store.AnalysisStore}, opened from a
 * SQLite file path or a PostgreSQL URL.
 *
 * <p>How the parts fit: {@code StoreLocation} parses what the user wrote and knows how to reach the database;
 * {@code AnalysisStore} opens it, migrates the schema with Flyway ({@code db/migration}, SQL that SQLite and
 * PostgreSQL both accept) and runs each operation on its own connection through JDBI; {@code ArticleRows}
 * and {@code StoryRows} hold the SQL for each kind of record; {@code RecordJson} is the JSON form in which
 * the full records are stored beside the query columns, so that loading gives back equal records. No JDBI,
 * Flyway or JDBC type appears in a public signature, so the command line and an HTTP handler use the store
 * through model records and the small records here ({@link org.corroborate.store.StorySummary},
 * {@link org.corroborate.store.StoredStory}, {@link org.corroborate.store.StoreCounts}).
 *
 * <p>Everything is non-null; what may be absent is an {@link java.util.Optional}.
 */
package org.corroborate.store;
