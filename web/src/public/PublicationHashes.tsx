import { Descriptions, DescriptionsItem, Paragraph, Text, Title } from './ui';

/** A publication's hashes as the API serves them (issue 16: publications verifiable by anyone). */
export interface Hashes {
  id: string;
  tenant: string;
  rowsSha256?: string | null;
  prevHash?: string | null;
  prevPublicationId?: string | null;
  chainHash?: string | null;
}

/**
 * 校验信息: the SHA-256 of the publication's CSV, its predecessor's hash and its own chained hash, with the
 * commands that recompute them from the downloaded CSV (platform-api README, "Verifying a publication").
 */
export function PublicationHashes({ p }: { p: Hashes }) {
  if (!p.chainHash || !p.rowsSha256 || !p.prevHash) return null;
  const command =
    `sha256sum 公布名单.csv\n` +
    `printf 'saferank-publication-v1\\n%s\\n%s\\n%s\\n%s\\n' ${p.tenant} ${p.id} ${p.prevHash} ` +
    `"$(sha256sum < 公布名单.csv | cut -d' ' -f1)" | sha256sum`;
  return (
    <section data-testid="publication-hashes" style={{ marginTop: 16 }}>
      <Title level={4}>校验信息</Title>
      <Descriptions bordered size="small" column={1} labelWidth="19em">
        <DescriptionsItem label="公布名单（CSV文件）SHA-256">
          <Text code copyable>
            {p.rowsSha256}
          </Text>
        </DescriptionsItem>
        <DescriptionsItem
          label={p.prevPublicationId ? `前一公布（编号 ${p.prevPublicationId}）的校验哈希` : '前一公布的校验哈希（本市首次公布）'}
        >
          <Text code>{p.prevHash}</Text>
        </DescriptionsItem>
        <DescriptionsItem label="本公布校验哈希">
          <Text code copyable>
            {p.chainHash}
          </Text>
        </DescriptionsItem>
      </Descriptions>
      <Paragraph style={{ marginTop: 8 }}>下载 CSV 文件后，任何人都可以用以下命令自行计算并核对上面的哈希值：</Paragraph>
      <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{command}</pre>
    </section>
  );
}
