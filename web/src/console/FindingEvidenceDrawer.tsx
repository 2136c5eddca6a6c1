import { Drawer, Skeleton, Typography } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Attachments } from '../shared/Attachments';
import { ErrorAlert } from '../shared/errors';
import { actionLabel } from '../shared/labels';
import { formatDateTime } from '../shared/text';

const FindingEvidenceQuery = graphql(`
  query ConsoleFindingEvidence($id: ID!) {
    finding(id: $id) {
      id
      ruleCode
      ruleText
      rectification {
        status
      }
      attachments {
        id
        fileName
        contentType
        size
        sha256
        uploadedBy
        uploadedAt
      }
      rectificationAttachments {
        id
        fileName
        contentType
        size
        sha256
        uploadedBy
        uploadedAt
      }
      history {
        action
        actor
        at
        reason
      }
    }
  }
`);

/** A finding's evidence (and its rectification's) with upload, and its history where every attachment is listed. */
export function FindingEvidenceDrawer({ findingId, onClose }: { findingId: string; onClose: () => void }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FindingEvidenceQuery,
    variables: { id: findingId },
    requestPolicy: 'network-only',
  });
  const finding = data?.finding;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Drawer open size="large" title={finding ? `证据材料：${finding.ruleText || finding.ruleCode}` : '证据材料'} onClose={onClose}>
      {fetching && !data && <Skeleton active />}
      <ErrorAlert error={error} />
      {finding && (
        <>
          <Typography.Title level={5}>检查发现的证据</Typography.Title>
          <Attachments ownerType="finding" ownerId={finding.id} files={finding.attachments} canAttach onChanged={reload} label="证据材料" />
          {finding.rectification && (
            <>
              <Typography.Title level={5} style={{ marginTop: 24 }}>
                整改材料
              </Typography.Title>
              <Attachments
                ownerType="rectification"
                ownerId={finding.id}
                files={finding.rectificationAttachments}
                canAttach
                onChanged={reload}
                label="整改材料"
              />
            </>
          )}
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            处理记录
          </Typography.Title>
          <ul data-testid="finding-history">
            {finding.history.map((h, i) => (
              <li key={i}>
                {actionLabel(h.action)} · {h.actor} · {formatDateTime(h.at)}
                {h.reason ? ` · ${h.reason}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </Drawer>
  );
}
