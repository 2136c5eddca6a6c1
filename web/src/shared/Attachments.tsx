import { useState } from 'react';
import { Alert, Button, List, Space, Typography, Upload } from 'antd';
import { accessToken } from './auth';
import { downloadWithToken } from './download';
import { formatDateTime } from './text';
import { actorLabel } from './labels';

export interface AttachmentFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number | string;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

const KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'image/jpeg': 'JPEG 图片',
  'image/png': 'PNG 图片',
};

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Downloads an evidence file with the signed-in user's token (GET /evidence/{id}) and saves it under its name. */
async function download(file: AttachmentFile): Promise<string | null> {
  return downloadWithToken(`/evidence/${file.id}`, file.fileName);
}

/**
 * The evidence files of a record (证据材料): name, kind (detected from the content), size, SHA-256, who and
 * when; download; and, for those who may, 上传附件 (PDF, Word, JPEG, PNG, at most 10 MB: the API checks,
 * and its Chinese reasons are shown here).
 */
export function Attachments({
  ownerType,
  ownerId,
  files,
  canAttach,
  onChanged,
  label = '附件',
  part,
}: {
  ownerType: 'finding' | 'rectification' | 'objection' | 'complaint' | 'inspectionAnswer';
  ownerId: string;
  /** the part of the record the files belong to: a checklist answer's question */
  part?: string;
  files: readonly AttachmentFile[];
  canAttach: boolean;
  onChanged: () => void;
  label?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  return (
    <div data-testid={`attachments-${ownerType}${part ? `-${part}` : ''}`}>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} />}
      <List
        size="small"
        aria-label={label}
        locale={{ emptyText: `暂无${label}` }}
        dataSource={[...files]}
        renderItem={(f) => (
          <List.Item
            actions={[
              <Button key="download" size="small" onClick={async () => setError(await download(f))} aria-label={`下载 ${f.fileName}`}>
                下载
              </Button>,
            ]}
          >
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{f.fileName}</Typography.Text>
              <Typography.Text type="secondary">
                {KINDS[f.contentType] ?? f.contentType} · {size(Number(f.size))} · {actorLabel(f.uploadedBy)} {formatDateTime(f.uploadedAt)}{' '}
                · SHA-256 {f.sha256.slice(0, 12)}…
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {canAttach && (
        <Upload
          accept=".pdf,.doc,.docx,.jpg,.jpeg,.png"
          showUploadList={false}
          customRequest={async ({ file }) => {
            setUploading(true);
            setError(null);
            const body = new FormData();
            body.append('file', file as Blob, (file as File).name);
            if (part) body.append('part', part);
            const token = await accessToken();
            try {
              const response = await fetch(`/evidence/${ownerType}/${ownerId}`, {
                method: 'POST',
                body,
                headers: token ? { Authorization: `Bearer ${token}` } : {},
              });
              if (!response.ok) {
                const answer = await response.json().catch(() => null);
                setError(answer?.errors?.[0]?.message ?? '上传未成功，请稍后重试');
              } else {
                onChanged();
              }
            } catch {
              setError('无法连接服务器，请检查网络后重试');
            } finally {
              setUploading(false);
            }
          }}
        >
          <Button loading={uploading} style={{ marginTop: 8 }}>
            {uploading ? '正在上传…' : `上传${label}`}
          </Button>
        </Upload>
      )}
    </div>
  );
}
