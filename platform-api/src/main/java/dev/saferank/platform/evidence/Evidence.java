package dev.saferank.platform.evidence;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.security.Caller;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaching, listing and reading evidence. An upload is checked (the record visible and attachable, a name,
 * an accepted type detected from the bytes), then streamed through a SHA-256 digest into the store with the
 * size limit, its metadata row and the owner's history written in the same transaction: a refused or
 * interrupted upload leaves nothing behind.
 */
@Service
public class Evidence {

    private static final int DETECTION_WINDOW = 64 * 1024;

    private final Map<String, EvidenceOwner> owners;
    private final EvidenceMapper mapper;
    private final EvidenceStore store;
    private final EvidenceSettings settings;

    Evidence(List<EvidenceOwner> owners, EvidenceMapper mapper, EvidenceStore store, EvidenceSettings settings) {
        this.owners = owners.stream().collect(Collectors.toMap(EvidenceOwner::type, Function.identity()));
        this.mapper = mapper;
        this.store = store;
        this.settings = settings;
    }

    @Transactional(rollbackFor = IOException.class)
    public EvidenceFile attach(
            Caller caller,
            String tenant,
            String ownerType,
            long ownerId,
            String part,
            String fileName,
            InputStream body)
            throws IOException {
        EvidenceOwner owner = owner(ownerType);
        if (!owner.canSee(caller, tenant, ownerId, part)) {
            throw new NotFoundException("记录 " + ownerId);
        }
        if (!owner.canAttach(caller, tenant, ownerId, part)) {
            throw new InvalidInputException("ownerId", "NOT_ATTACHABLE", "无权为该记录添加附件");
        }
        EvidenceFile file = store(tenant, ownerType, ownerId, part, fileName, body, caller.username());
        owner.attached(tenant, ownerId, part, file, caller.username());
        return file;
    }

    /**
     * Attaches a file from someone without an account (the public, who proves the record is theirs with its
     * tracking code): the caller has checked that; here the same checks of the file as for everyone, and the
     * record's own history names {@code actor}. At most {@code maxFiles} files per record from this route.
     */
    @Transactional(rollbackFor = IOException.class)
    public EvidenceFile attachWithoutAccount(
            String tenant,
            String ownerType,
            long ownerId,
            String fileName,
            InputStream body,
            String actor,
            int maxFiles)
            throws IOException {
        EvidenceOwner owner = owner(ownerType);
        long already = mapper.byOwners(tenant, ownerType, List.of(ownerId)).stream()
                .filter(f -> actor.equals(f.uploadedBy()))
                .count();
        if (already >= maxFiles) {
            throw new InvalidInputException("file", "TOO_MANY_FILES", "每件最多上传 " + maxFiles + " 个附件");
        }
        EvidenceFile file = store(tenant, ownerType, ownerId, null, fileName, body, actor);
        owner.attached(tenant, ownerId, null, file, actor);
        return file;
    }

    /** Checks the name and the type (from the bytes), then streams the file through its digest into the store. */
    private EvidenceFile store(
            String tenant, String ownerType, long ownerId, String part, String fileName, InputStream body, String actor)
            throws IOException {
        String name = fileName == null ? "" : fileName.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.isEmpty()) {
            throw new InvalidInputException("file", "REQUIRED", "请选择要上传的文件");
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        InputStream content = new BufferedInputStream(body, DETECTION_WINDOW);
        content.mark(DETECTION_WINDOW);
        MediaType type = EvidenceTypes.detect(content, name);
        if (EvidenceTypes.accepted(type).isEmpty()) {
            throw new InvalidInputException("file", "UNSUPPORTED_TYPE", "只能上传 PDF、Word 文档或 JPEG、PNG 图片（按文件内容识别）");
        }
        MessageDigest sha256 = sha256();
        long id = mapper.insert(
                tenant, ownerType, ownerId, part, name, type.getBaseType().toString(), store.name(), actor);
        long size;
        try {
            size = store.write(tenant, id, new DigestInputStream(content, sha256), settings.maxBytes());
        } catch (EvidenceStore.TooLargeException tooLarge) {
            throw new InvalidInputException(
                    "file", "TOO_LARGE", "文件过大（上限 " + settings.maxBytes() / (1024 * 1024) + " MB）");
        }
        if (size == 0) {
            throw new InvalidInputException("file", "EMPTY", "文件是空的");
        }
        mapper.complete(tenant, id, size, HexFormat.of().formatHex(sha256.digest()));
        return mapper.find(tenant, id).orElseThrow();
    }

    /** The files of many records of one type, for a batched GraphQL field (one statement). */
    public Map<Long, List<EvidenceFile>> of(String tenant, String ownerType, List<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return mapper.byOwners(tenant, ownerType, ownerIds).stream()
                .collect(Collectors.groupingBy(EvidenceFile::ownerId));
    }

    /** A file the caller may see (its record's permissions), else not found. */
    public EvidenceFile visible(Caller caller, String tenant, long id) {
        Optional<EvidenceFile> file = mapper.find(tenant, id);
        return file.filter(f -> owner(f.ownerType()).canSee(caller, tenant, f.ownerId(), f.ownerPart()))
                .orElseThrow(() -> new NotFoundException("附件 " + id));
    }

    @Transactional(readOnly = true)
    public void copy(String tenant, EvidenceFile file, OutputStream out) throws IOException {
        store.copy(tenant, file.id(), out);
    }

    private EvidenceOwner owner(String type) {
        EvidenceOwner owner = owners.get(type);
        if (owner == null) {
            throw new NotFoundException("记录类型 " + type);
        }
        return owner;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
