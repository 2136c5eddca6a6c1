package dev.saferank.platform.graphql;

/**
 * The caller asked for something that does not exist in its tenant. Something of another tenant
 * is reported exactly the same way: ids never reveal that another tenant has them.
 */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super("未找到" + what);
    }
}
