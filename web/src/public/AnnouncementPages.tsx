import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDateTime, formatDecimal } from '../shared/text';
import { CATEGORY_LABELS } from './cities';
import { PublicationHashes } from './PublicationHashes';
import { PublicationQuery, PublicationsQuery } from './queries';
import {
  Button,
  Descriptions,
  DescriptionsItem,
  ErrorAlert,
  List,
  ListItem,
  Paragraph,
  Result,
  Skeleton,
  Space,
  Table,
  Tag,
  Title,
} from './ui';

const KIND_LABELS: Record<string, string> = { publish: '公布', correct: '更正', downgrade: '降级', cancel: '取消等级' };

/** The announcements (公告) a city published for a year, newest first. */
export function AnnouncementsPage() {
  const { tenant = '', year = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: PublicationsQuery,
    variables: { tenant, year: Number(year) },
    pause: !/^\d{4}$/.test(year),
  });
  if (fetching && !data) return <Skeleton />;
  const publications = (data?.publications ?? []).filter((p) => p.status === 'published');
  return (
    <>
      <Title level={2}>{year}年度考评结果公告</Title>
      <ErrorAlert error={error} />
      {data && publications.length === 0 && <Result status="info" title="该年度尚无公布的考评结果" />}
      <List>
        {publications.map((p) => (
          <ListItem
            key={p.id}
            title={<Link to={`/announcements/view/${p.id}`}>{p.title}</Link>}
            description={
              <Space wrap>
                <span>{p.bureauName}</span>
                <span>第{p.seq}号</span>
                <span>{formatDateTime(p.publishedAt)}</span>
                <Tag>{KIND_LABELS[p.kind] ?? p.kind}</Tag>
                {p.supersededById && <Tag color="default">已被更新的公告替代</Tag>}
              </Space>
            }
          >
            {p.reason && (
              <Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                说明：{p.reason}
              </Paragraph>
            )}
            <Space wrap size={16} style={{ marginTop: 8 }}>
              <Link to={`/announcements/view/${p.id}`}>查看名单</Link>
              <a href={p.announcementUrl} target="_blank" rel="noopener">
                打印版公告
              </a>
              <a href={p.csvUrl}>下载 CSV</a>
            </Space>
          </ListItem>
        ))}
      </List>
    </>
  );
}

/** One publication: its lists and entries, with the printable announcement and the CSV. */
export function PublicationPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: PublicationQuery, variables: { id }, pause: !/^\d+$/.test(id) });
  if (fetching && !data) return <Skeleton />;
  if (error) return <ErrorAlert error={error} />;
  const p = data?.publication;
  if (!p || p.status !== 'published') return <Result status="404" title="未找到该公告" />;
  const listTitle = new Map(p.lists.map((l) => [l.code, l.title]));
  return (
    <>
      <Title level={2}>{p.title}</Title>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
        <DescriptionsItem label="发布机关">{p.bureauName}</DescriptionsItem>
        <DescriptionsItem label="公告编号">
          {p.year}年第{p.seq}号
        </DescriptionsItem>
        <DescriptionsItem label="发布时间">{formatDateTime(p.publishedAt)}</DescriptionsItem>
        <DescriptionsItem label="类别">{KIND_LABELS[p.kind] ?? p.kind}</DescriptionsItem>
        {p.reason && (
          <DescriptionsItem label="说明" span={2}>
            {p.reason}
          </DescriptionsItem>
        )}
      </Descriptions>
      {p.supersededById && (
        <Paragraph type="warning">
          本公告已被 <Link to={`/announcements/view/${p.supersededById}`}>更新的公告</Link> 替代。
        </Paragraph>
      )}
      <Space wrap align="center" style={{ marginBottom: 16 }}>
        <Button href={p.announcementUrl} target="_blank" rel="noopener">
          打印版公告
        </Button>
        <Button href={p.csvUrl}>下载 CSV</Button>
        <Link to={`/announcements/${p.tenant}/${p.year}`}>该年度全部公告</Link>
      </Space>
      {p.lists
        .filter((l) => l.isPublic)
        .map((l) => (
          <Paragraph key={l.code}>
            <Tag color="blue">{l.title}</Tag> {l.wording}
            {l.validMonths ? `（有效期 ${l.validMonths} 个月）` : ''}
          </Paragraph>
        ))}
      <Table
        rowKey="agencyId"
        aria-label="公布名单"
        dataSource={p.entries}
        pagination={p.entries.length > 50 ? { pageSize: 50 } : false}
        columns={[
          { title: '名次', dataIndex: 'overallRank', width: 70 },
          {
            title: '机构名称',
            dataIndex: 'agencyName',
            width: 200,
            render: (name: string, e) => <Link to={`/agencies/${p.tenant}/${e.agencyId}`}>{name}</Link>,
          },
          {
            title: '统一社会信用代码',
            dataIndex: 'creditCode',
            width: 190,
            render: (code: string) => <span style={{ whiteSpace: 'nowrap' }}>{code}</span>,
          },
          {
            title: '类别',
            dataIndex: 'category',
            width: 100,
            render: (c: string | null, e) => e.categoryLabel ?? (c ? (CATEGORY_LABELS[c] ?? c) : ''),
          },
          { title: '总分', dataIndex: 'total', width: 80, render: (v) => formatDecimal(v) },
          { title: '公布等级', dataIndex: 'publishedGrade', width: 100 },
          {
            title: '名单',
            dataIndex: 'lists',
            render: (lists: string[]) => lists.map((code) => <Tag key={code}>{listTitle.get(code) ?? code}</Tag>),
          },
          { title: '备注', dataIndex: 'note', width: 200, render: (n: string | null) => n ?? '' },
        ]}
      />
      <PublicationHashes p={p} />
    </>
  );
}
