package dev.saferank.platform.searchbenchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.saferank.platform.agency.CreditCode;
import dev.saferank.rating.publication.PublicIndex;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A national public index: {@code cities} tenants (333: every prefecture of the country) with
 * {@code agencies} announced agencies each (150), one published publication of {@link #YEAR} per
 * city. The rows are those the publication job leaves behind (tenant, districts, agencies with
 * their 统一社会信用代码, a {@code published} publication with 泉州's two public lists, its announced
 * entries with totals, 泉州's grade bands and ranks), written with JDBC in transactions of
 * {@link #CITIES_A_TRANSACTION} cities; each city's entries are queued for the index in the same
 * transaction by the publication job's own {@link PublicIndex#queuePublishedYear}, and the running
 * app's outbox relay indexes them through {@code PublicRatingProjection}: the documents are the
 * platform's, made by its own path. No rating run is behind a publication (the public search never
 * reads one).
 */
final class NationalIndex {

    static final int YEAR = 2025;
    static final String TENANT_PREFIX = "cn-";
    static final int CITIES_A_TRANSACTION = 20;
    static final String LISTS = "[{\"code\":\"best\",\"title\":\"服务好的机构\",\"wording\":\"评出服务好的机构10-20家\","
            + "\"public\":true,\"validMonths\":null},{\"code\":\"worst\",\"title\":\"服务差的机构\","
            + "\"wording\":\"服务差的机构10家\",\"public\":true,\"validMonths\":null}]";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** One generated city: its tenant id, its name (泉州), its districts {code, name} and its agencies. */
    record City(int serial, String tenant, String name, List<String[]> districts, List<Agency> agencies) {

        String bureau() {
            return name + "市应急管理局";
        }
    }

    /** One announced agency of a city, with the ids its rows get. */
    record Agency(
            long id,
            long entryId,
            String name,
            String creditCode,
            String category,
            String[] district,
            BigDecimal total,
            String grade,
            int rank,
            String lists) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PublicIndex publicIndex;
    private final ElasticsearchClient client;

    NationalIndex(
            JdbcTemplate jdbc, TransactionTemplate transactions, PublicIndex publicIndex, ElasticsearchClient client) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.publicIndex = publicIndex;
        this.client = client;
    }

    /** The cities in memory, ids above every existing row's (nothing is written yet). */
    List<City> generate(int cities, int agencies) {
        if (cities > 342) {
            throw new IllegalArgumentException("the name pools make at most 342 cities");
        }
        long agencyId = next("agency");
        long entryId = next("publication_entry");
        List<City> out = new ArrayList<>();
        for (int c = 0; c < cities; c++) {
            String name = NationalNames.city(c);
            List<String[]> districts = NationalNames.districts(c);
            List<Agency> unranked = new ArrayList<>();
            var random = new SplittableRandom(20_251_207L + c);
            for (int i = 0; i < agencies; i++) {
                int category = random.nextInt(NationalNames.CATEGORIES.length);
                String[] district = districts.get(random.nextInt(districts.size()));
                // totals 55.0-99.9 by tenths: 泉州's bands give about a fifth 优秀, a fifth 良好, a few 不合格
                var total = BigDecimal.valueOf(550 + random.nextInt(450), 1);
                unranked.add(new Agency(
                        agencyId++,
                        entryId++,
                        NationalNames.agency(name, district[1], c, i, category),
                        creditCode(district[0], (long) c * 10_000 + i),
                        NationalNames.CATEGORIES[category][0],
                        district,
                        total,
                        grade(total),
                        0,
                        ""));
            }
            out.add(new City(c, String.format("%s%03d", TENANT_PREFIX, c + 1), name, districts, ranked(unranked)));
        }
        return out;
    }

    /** Ranks by total (ties by id), 泉州's lists: 优秀 ones among the first 20 are 服务好的, the last 10 服务差的. */
    private static List<Agency> ranked(List<Agency> agencies) {
        List<Agency> sorted = new ArrayList<>(agencies);
        sorted.sort(Comparator.comparing(Agency::total).reversed().thenComparing(Agency::id));
        List<Agency> out = new ArrayList<>();
        for (int r = 0; r < sorted.size(); r++) {
            Agency a = sorted.get(r);
            String lists = r < 20 && a.grade().equals("优秀") ? "best" : r >= sorted.size() - 10 ? "worst" : "";
            out.add(new Agency(
                    a.id(),
                    a.entryId(),
                    a.name(),
                    a.creditCode(),
                    a.category(),
                    a.district(),
                    a.total(),
                    a.grade(),
                    r + 1,
                    lists));
        }
        return out;
    }

    static String grade(BigDecimal total) {
        double t = total.doubleValue();
        return t >= 90 ? "优秀" : t >= 80 ? "良好" : t >= 60 ? "合格" : "不合格";
    }

    /** 91 (enterprise, company), the district's code, MA, seven base-31 digits, the check character. */
    private static String creditCode(String districtCode, long serial) {
        var first17 = new StringBuilder("91").append(districtCode).append("MA");
        char[] digits = new char[7];
        long rest = serial;
        for (int i = 6; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (rest % 31));
            rest /= 31;
        }
        return CreditCode.complete(first17.append(digits).toString());
    }

    private long next(String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class) + 1_000;
    }

    /** Writes the cities' rows, {@link #CITIES_A_TRANSACTION} cities a transaction, each queued for the index. */
    void load(List<City> cities, Progress progress) {
        long publicationId = next("publication");
        for (int from = 0; from < cities.size(); from += CITIES_A_TRANSACTION) {
            var chunk = cities.subList(from, Math.min(cities.size(), from + CITIES_A_TRANSACTION));
            long first = publicationId + from;
            transactions.executeWithoutResult(status -> {
                for (City city : chunk) {
                    write(city, first + chunk.indexOf(city));
                }
            });
            progress.say("%d of %d cities written and queued for the index", from + chunk.size(), cities.size());
        }
    }

    private void write(City city, long publicationId) {
        jdbc.update(
                "INSERT INTO tenant (id, name, created_by) VALUES (?, ?, 'search-benchmark')",
                city.tenant(),
                city.bureau());
        jdbc.batchUpdate(
                "INSERT INTO district (tenant_id, code, name) VALUES (?, ?, ?)",
                city.districts().stream()
                        .map(d -> new Object[] {city.tenant(), d[0], d[1]})
                        .toList());
        jdbc.batchUpdate(
                "INSERT INTO agency (tenant_id, id, credit_code, name, category, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, 'search-benchmark')",
                city.agencies().stream()
                        .map(a -> new Object[] {city.tenant(), a.id(), a.creditCode(), a.name(), a.category()})
                        .toList());
        jdbc.batchUpdate(
                "INSERT INTO agency_district (tenant_id, agency_id, district_code) VALUES (?, ?, ?)",
                city.agencies().stream()
                        .map(a -> new Object[] {city.tenant(), a.id(), a.district()[0]})
                        .toList());
        jdbc.update(
                "INSERT INTO publication (tenant_id, id, year, kind, run_id, status, seq, scheme_version, bureau_name,"
                        + " lists, entries_count, requested_by, published_by, published_at, checksum)"
                        + " VALUES (?, ?, ?, 'publish', 0, 'published', 1, '2023.1', ?, ?, ?, 'search-benchmark',"
                        + " 'search-benchmark', ?, ?)",
                city.tenant(),
                publicationId,
                YEAR,
                city.bureau(),
                LISTS,
                city.agencies().size(),
                Timestamp.from(Instant.parse("2026-08-31T02:00:00Z")),
                "0".repeat(64));
        jdbc.batchUpdate(
                "INSERT INTO publication_entry (tenant_id, id, publication_id, agency_id, agency_name, credit_code,"
                        + " category, district, total, grade, published_grade, overall_rank, lists, public)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                city.agencies().stream()
                        .map(a -> new Object[] {
                            city.tenant(),
                            a.entryId(),
                            publicationId,
                            a.id(),
                            a.name(),
                            a.creditCode(),
                            a.category(),
                            a.district()[0],
                            a.total(),
                            a.grade(),
                            a.grade(),
                            a.rank(),
                            a.lists()
                        })
                        .toList());
        // the publication job's last step does this in the transaction that publishes
        publicIndex.queuePublishedYear(city.tenant(), YEAR);
    }

    /** Waits until the relay has delivered every queued entry and the index holds them all. */
    long awaitIndexed(int expected, Progress progress) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
        String pending = "SELECT COUNT(*) FROM search_outbox WHERE entity_type = ? AND sent_at IS NULL";
        int left;
        while ((left = jdbc.queryForObject(pending, Integer.class, PublicIndex.ENTITY)) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(left + " public ratings still not indexed after 20 minutes");
            }
            progress.sayEvery(Duration.ofSeconds(5), "%,d of %,d entries still to index", left, expected);
            Thread.sleep(250);
        }
        client.indices().refresh(r -> r.index(PublicSearchLoadBenchmark.INDEX));
        long count = client.count(c -> c.index(PublicSearchLoadBenchmark.INDEX)
                        .query(q -> q.prefix(p -> p.field("tenant_id").value(TENANT_PREFIX))))
                .count();
        if (count != expected) {
            throw new AssertionError("the index holds " + count + " of the " + expected + " national entries");
        }
        return count;
    }
}
