package dev.saferank.platform.finding;

import static dev.saferank.platform.finding.FindingSummary.Columns.has;

import dev.saferank.platform.finding.FindingSummary.Column;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Summary rows of findings ({@code FindingMapper.summariesByAgencies}) read by column position. An
 * agencies page reads 2,000 of them; mapped through a constructor result map, every column was
 * looked up by name and every row built reflectively, ≈ 20 % of the server's time for the page
 * (AgencyPageBenchmark). A type handler registered for {@link Row} receives the whole row: MyBatis
 * hands a result type that has a type handler the result set itself, and the statement's select
 * list fixes the positions.
 */
@Configuration(proxyBeanMethods = false)
class FindingSummaryRows {

    /** One summary row; {@link Finding} stays free of MyBatis. */
    record Row(Finding finding) {}

    @Bean
    ConfigurationCustomizer summaryRowReader() {
        return configuration -> configuration.getTypeHandlerRegistry().register(Row.class, new Reader());
    }

    /**
     * Columns as selected: id, agency_id, year, kind, rule_code, count, evidence, source, status;
     * those the request does not read are NULL and not read at all: MyBatis hands the id's label,
     * which names them ({@link FindingSummary.Columns}).
     */
    static final class Reader implements TypeHandler<Row> {

        @Override
        public Row getResult(ResultSet rs, String idLabel) throws SQLException {
            int bits = FindingSummary.Columns.bitsOf(idLabel);
            return new Row(new Finding(
                    rs.getLong(1), // id
                    rs.getLong(2), // agency_id
                    has(bits, Column.YEAR) ? rs.getInt(3) : 0,
                    has(bits, Column.KIND) ? rs.getString(4) : null,
                    has(bits, Column.RULE_CODE) ? rs.getString(5) : null,
                    has(bits, Column.COUNT) ? rs.getInt(6) : 0,
                    null,
                    null,
                    null,
                    has(bits, Column.EVIDENCE) ? rs.getString(7) : null,
                    has(bits, Column.SOURCE) ? rs.getString(8) : null,
                    null,
                    has(bits, Column.STATUS) ? rs.getString(9) : null,
                    null,
                    null,
                    null,
                    null,
                    0));
        }

        @Override
        public Row getResult(ResultSet rs, int columnIndex) throws SQLException {
            return getResult(rs, null);
        }

        @Override
        public Row getResult(CallableStatement cs, int columnIndex) {
            throw new UnsupportedOperationException("summary rows come from a select");
        }

        @Override
        public void setParameter(PreparedStatement ps, int i, Row parameter, JdbcType jdbcType) {
            throw new UnsupportedOperationException("summary rows are never written");
        }
    }
}
