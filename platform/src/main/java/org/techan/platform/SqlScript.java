package org.techan.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several statements sent to the database in one round trip and run in order, on the current
 * transaction's connection (the platform turns on Connector/J's {@code allowMultiQueries} for every
 * data source). A hot path that would otherwise wait for a dozen round trips in a row, each a pair
 * of context switches on both sides, waits for one. The server stops at the first statement that
 * fails; the caller's transaction then rolls back, as it would after any failed statement.
 *
 * <p>Parameters are bound as in any prepared statement: values never become SQL text.
 */
public final class SqlScript {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private final java.util.Map<Integer, RowMapper<?>> mappers = new java.util.HashMap<>();
    private int statements;

    /** Whether no statement was added yet. */
    public boolean isEmpty() {
        return statements == 0;
    }

    /**
     * Adds a statement (without its terminating semicolon) and its parameters.
     *
     * @return the statement's handle, to find its result by in {@link Results#of}
     */
    public Statement add(String statement, Object... parameters) {
        return add(statement, Arrays.asList(parameters));
    }

    /**
     * Adds a statement (without its terminating semicolon) and its parameters.
     *
     * @return the statement's handle, to find its result by in {@link Results#of}
     */
    public Statement add(String statement, List<?> parameters) {
        if (statements > 0) {
            sql.append(";\n");
        }
        sql.append(statement);
        this.parameters.addAll(parameters);
        return new Statement(this, statements++);
    }

    /**
     * Adds a query whose rows {@code mapper} reads (by column name, say, as Micronaut Data's
     * {@code JdbcOperations.readEntity} does), and its parameters.
     *
     * @return the query's handle, to find its rows by in {@link Results#rows}
     */
    public <T> Query<T> query(String statement, RowMapper<T> mapper, Object... parameters) {
        Statement added = add(statement, Arrays.asList(parameters));
        mappers.put(added.index, mapper);
        return new Query<>(added);
    }

    /** {@code row} repeated {@code count} times, comma-separated: placeholders for an IN or VALUES list. */
    public static String rows(String row, int count) {
        return String.join(", ", java.util.Collections.nCopies(count, row));
    }

    /** How many statements have been added. */
    public int size() {
        return statements;
    }

    /** One statement added to a script: the name its result is found by. */
    public static final class Statement {

        private final SqlScript script;
        private final int index;

        private Statement(SqlScript script, int index) {
            this.script = script;
            this.index = index;
        }
    }

    /** Reads the current row of a result set into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A query added to a script with its row mapper: the name its rows are found by. */
    public static final class Query<T> {

        private final Statement statement;

        private Query(Statement statement) {
            this.statement = statement;
        }
    }

    /** What every statement of a script did, found by the statement's handle. */
    public static final class Results {

        private final SqlScript script;
        private final List<Result> results;

        private Results(SqlScript script, List<Result> results) {
            this.script = script;
            this.results = List.copyOf(results);
        }

        /** What {@code statement} did. */
        public Result of(Statement statement) {
            if (statement.script != script) {
                throw new IllegalArgumentException("The statement belongs to another script");
            }
            return results.get(statement.index);
        }

        /** The rows {@code query} selected, as its mapper read them. */
        @SuppressWarnings("unchecked")
        public <T> List<T> rows(Query<T> query) {
            return (List<T>)
                    of(query.statement).rows().stream().map(row -> row.get(0)).toList();
        }

        /** What every statement did, in the order they were added. */
        public List<Result> all() {
            return results;
        }
    }

    /** What one statement did: the rows it changed, or the rows it selected. */
    public record Result(int updated, List<List<Object>> rows) {

        /** The first column of the first row, as a number. */
        public long firstLong() {
            if (rows.isEmpty() || rows.get(0).isEmpty() || !(rows.get(0).get(0) instanceof Number number)) {
                throw new IllegalStateException("The statement selected no number");
            }
            return number.longValue();
        }

        /** Column {@code column} (from 0) of the first row, as a number. */
        public long longAt(int column) {
            if (rows.isEmpty() || !(rows.get(0).get(column) instanceof Number number)) {
                throw new IllegalStateException("The statement selected no number in column " + column);
            }
            return number.longValue();
        }
    }

    /**
     * Runs every statement on {@code connection}, in order, in one round trip.
     *
     * @return what each statement did
     */
    public Results run(Connection connection) throws SQLException {
        if (statements == 0) {
            return new Results(this, List.of());
        }
        List<Result> results = new ArrayList<>(statements);
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            boolean selected = statement.execute();
            while (true) {
                if (selected) {
                    results.add(new Result(-1, rows(statement, mappers.get(results.size()))));
                } else {
                    int updated = statement.getUpdateCount();
                    if (updated == -1) {
                        break;
                    }
                    results.add(new Result(updated, List.of()));
                }
                selected = statement.getMoreResults();
            }
        }
        if (results.size() != statements) {
            throw new IllegalStateException("Sent " + statements + " statements but got " + results.size()
                    + " results: is allowMultiQueries off?");
        }
        return new Results(this, results);
    }

    private static List<List<Object>> rows(PreparedStatement statement, RowMapper<?> mapper) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet result = statement.getResultSet()) {
            if (mapper != null) {
                // One column holding the mapped row: List.of would refuse a mapper's null.
                while (result.next()) {
                    rows.add(java.util.Collections.singletonList(mapper.map(result)));
                }
                return rows;
            }
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    row.add(result.getObject(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
