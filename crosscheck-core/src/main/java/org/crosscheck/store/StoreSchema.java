package org.crosscheck.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The layout of a store directory and the tables of its SQLite database. The database is the
 * source of truth; the Lucene index under {@code index/} is derived from it.
 *
 * <p>Version 1: {@code meta} (schema version), {@code runs} (one row per ingest run),
 * {@code articles} (the article object as JSON, text fingerprint, ingest order {@code seq},
 * embedding), {@code story_articles} (membership), {@code stories} (the story object as
 * analysed, list columns, the run that last analysed it and a revision for the index),
 * {@code claims} and {@code provenance} (one row per claim and per reuse link of a story).
 *
 * <p>Version 2: {@code stories.json} holds the story's report record in the store's own form
 * ({@link ReportCodec}) rather than the story object of the public interface, which is written
 * from the record when it is asked for; {@code story_redirects} holds the id of a story merged
 * into another, with the id it lives on under and the revision that merged it (created when a
 * version 2 store written before merges were recorded is opened, and read as empty where it is
 * missing). A store of version 1 is refused, its stories being in a form that cannot be read
 * back into records.
 */
final class StoreSchema {

    /** The schema version this build writes and the newest it reads. */
    static final int VERSION = 2;
    static final String DATABASE = "crosscheck.db";
    static final String INDEX = "index";
    static final String LOCK_FILE = "write.lock";

    private static final String[] TABLES = {
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, started TEXT NOT NULL, ended TEXT,"
            + " added INTEGER NOT NULL DEFAULT 0, duplicates INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0,"
            + " stories_touched INTEGER NOT NULL DEFAULT 0, batches INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE IF NOT EXISTS articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, text_hash INTEGER NOT NULL,"
            + " run_id INTEGER NOT NULL, ingested TEXT NOT NULL, title TEXT, site TEXT, published TEXT, json TEXT NOT NULL, embedding BLOB)",
        "CREATE INDEX IF NOT EXISTS articles_text_hash ON articles (text_hash)",
        "CREATE TABLE IF NOT EXISTS story_articles (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, position INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id, position)",
        "CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, title TEXT NOT NULL, article_count INTEGER NOT NULL,"
            + " first TEXT, last TEXT, conflict_count INTEGER NOT NULL, sort_date TEXT NOT NULL, json TEXT NOT NULL,"
            + " analysed_run INTEGER NOT NULL, rev INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS stories_rev ON stories (rev)",
        "CREATE TABLE IF NOT EXISTS claims (story_id TEXT NOT NULL, id TEXT NOT NULL, text TEXT NOT NULL, status TEXT,"
            + " sources INTEGER, independent_sources INTEGER, PRIMARY KEY (story_id, id))",
        "CREATE TABLE IF NOT EXISTS provenance (story_id TEXT NOT NULL, from_article TEXT NOT NULL, to_article TEXT NOT NULL,"
            + " kind TEXT NOT NULL, overlap REAL)",
        "CREATE INDEX IF NOT EXISTS provenance_story ON provenance (story_id)",
        "CREATE TABLE IF NOT EXISTS story_redirects (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL, rev INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS sentence_annotations (key TEXT PRIMARY KEY, body BLOB NOT NULL)",
    };

    private StoreSchema() {
    }

    /**
     * Creates the tables of a new store, or checks the version of an existing one.
     *
     * @throws StoreException when the store was written by a newer schema version
     */
    static void prepare(Connection c, Path dir) throws SQLException, StoreException {
        Integer found = version(c);
        check(dir, found);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String ddl : TABLES) {
                s.execute(ddl);
            }
            s.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '" + VERSION + "')");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * Refuses a store of another schema version than this build's; a database with none yet is new.
     *
     * @throws StoreException when {@code found} is not {@link #VERSION}
     */
    static void check(Path dir, Integer found) throws StoreException {
        if (found != null && found > VERSION) {
            throw StoreException.newerSchema(dir, found, VERSION);
        }
        if (found != null && found < VERSION) {
            throw StoreException.olderSchema(dir, found, VERSION);
        }
    }

    /** The schema version a database records, or null when it has none yet. */
    static Integer version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet t = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) {
            if (!t.next()) {
                return null;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            return r.next() ? Integer.valueOf(r.getString(1).strip()) : null;
        }
    }
}
