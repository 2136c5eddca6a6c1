package dev.saferank.batch.rating.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The reproducible draw of the served enterprise checked on site (临沂 工作实绩: 每机构提供 5 家，抽取 1 家到现场实地检查):
 * one of the agency's engagements of the year, in id order, at the index given by SHA-256 of
 * {@code <tenant>:<year>:<agency id>}. The same tenant, year, agency and engagements always draw the
 * same enterprise, on any node and in any run.
 */
final class EnterpriseDraw {

    private EnterpriseDraw() {}

    static String draw(String tenant, int year, long agencyId, List<Long> engagementsInIdOrder) {
        long seed =
                ByteBuffer.wrap(sha256(tenant + ":" + year + ":" + agencyId)).getLong();
        int index = (int) Math.floorMod(seed, (long) engagementsInIdOrder.size());
        return String.valueOf(engagementsInIdOrder.get(index));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
