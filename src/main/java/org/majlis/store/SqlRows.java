package org.majlis.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Plain SQL reads on a connection of the pool, for what reads many rows that no entity needs to become: the list
 * sizes of the cost estimate, the names and texts the search indexes are built from. An HQL query is parsed,
 * translated and run in a session of its own; at a start those steps were most of the time of such reads
 * (docs/benchmarks.md, "Start-up"). The statements are portable SQL over the Flyway migrations' tables.
 */
@ApplicationScoped
public class SqlRows {

    private final DataSource dataSource;

    public SqlRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A DATE column's value as a day, whichever type the driver gives it as. */
    public static LocalDate date(Object column) {
        return column instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) column;
    }

    /** The rows of the query, each as its columns' values. */
    public List<Object[]> select(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            List<Object[]> result = new ArrayList<>();
            while (rows.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rows.getObject(c + 1);
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("reading failed: " + sql, e);
        }
    }
}
