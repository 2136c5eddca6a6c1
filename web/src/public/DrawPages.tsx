import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDateTime } from '../shared/text';
import { useCities } from './cities';
import { PublicDrawQuery, PublicDrawsQuery, lastYear } from './queries';
import { Descriptions, DescriptionsItem, Empty, ErrorAlert, Paragraph, Result, Skeleton, Table, Tag, Text, Title } from './ui';
import { YearInput } from './YearInput';

const KINDS: Record<string, string> = {
  agencies: '检查对象（机构）',
  enterprises: '服务企业',
  reports: '技术服务报告',
  staff: '技术人员（抽考）',
  inspectors: '检查人员',
};
const STATUS: Record<string, { label: string; color: string }> = {
  committed: { label: '已公布承诺值，待抽取', color: 'blue' },
  revealed: { label: '已抽取', color: 'green' },
  cancelled: { label: '已取消', color: 'default' },
};
const WEIGHTS: Record<string, string> = { none: '不加权', complaints: '按投诉举报加权', lastGrade: '按上年度等级加权' };

function quota(mode: string, value: number): string {
  if (mode === 'percent') return `每个机构 ${value}%（向上取整）`;
  if (mode === 'perGroup') return `每组 ${value}`;
  return `共 ${value}`;
}

/** 双随机抽查公示: a city's draws of a year, each with its commitment published before the draw. */
export function PublicDrawsPage() {
  const { tenant = '' } = useParams();
  const { cities } = useCities();
  const city = cities.find((c) => c.code === tenant);
  const [year, setYear] = useState(lastYear);
  const [{ data, fetching, error }] = useQuery({ query: PublicDrawsQuery, variables: { tenant, year } });
  if (error) return <ErrorAlert error={error} />;
  return (
    <>
      <Title level={2}>{city?.name ?? tenant} 双随机抽查公示</Title>
      <Paragraph>
        每次抽取前，应急管理局公布抽取名单及随机种子的 SHA-256 承诺值；抽取后公布种子和结果。任何人都可以下载名单文件，用
        <Text code>python3 verify_draw.py 名单文件 种子</Text>
        重新计算，核对结果与公布的一致、种子与承诺值相符。
      </Paragraph>
      <YearInput id="draw-year" value={year} onChange={setYear} />
      {fetching && !data ? (
        <Skeleton />
      ) : (
        <Table
          aria-label="抽取公示"
          rowKey="id"
          dataSource={data?.publicDraws ?? []}
          emptyText={<Empty description="本年度没有公示的抽取" />}
          columns={[
            { title: '编号', dataIndex: 'id' },
            { title: '抽取事项', dataIndex: 'title', render: (t: string, d) => <Link to={`/draws/${tenant}/${d.id}`}>{t}</Link> },
            { title: '抽取对象', dataIndex: 'kind', render: (k: string) => KINDS[k] ?? k },
            { title: '抽取方式', render: (_, d) => quota(d.quotaMode, d.quotaValue) },
            { title: '名单数', dataIndex: 'candidatesCount' },
            { title: '种子承诺值', dataIndex: 'commitment', render: (c: string) => <Text code>{c.slice(0, 16)}…</Text> },
            { title: '状态', dataIndex: 'status', render: (s: string) => <Tag color={STATUS[s]?.color}>{STATUS[s]?.label ?? s}</Tag> },
            { title: '公布时间', dataIndex: 'committedAt', render: (t: string) => formatDateTime(t) },
          ]}
        />
      )}
    </>
  );
}

/** One published draw: the list's and the seed's hashes, the seed once revealed, and the drawn candidates. */
export function PublicDrawPage() {
  const { tenant = '', id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: PublicDrawQuery, variables: { tenant, id } });
  if (fetching && !data) return <Skeleton />;
  if (error) return <ErrorAlert error={error} />;
  const draw = data?.publicDraw;
  if (!draw) return <Result status="404" title="未找到该抽取" extra={<Link to={`/draws/${tenant}`}>返回抽取公示</Link>} />;
  return (
    <>
      <Title level={2}>
        第 {draw.id} 号抽取：{draw.title}
      </Title>
      <Descriptions bordered size="small" column={1} labelWidth="13em" style={{ marginBottom: 16 }}>
        <DescriptionsItem label="状态">
          <Tag color={STATUS[draw.status]?.color}>{STATUS[draw.status]?.label}</Tag>
          {draw.cancelReason && `取消原因：${draw.cancelReason}`}
        </DescriptionsItem>
        <DescriptionsItem label="年度与对象">
          {draw.year}年度，{KINDS[draw.kind]}，{quota(draw.quotaMode, draw.quotaValue)}，{WEIGHTS[draw.weighting]}
        </DescriptionsItem>
        <DescriptionsItem label="抽取名单">
          {draw.candidatesCount} 个，<a href={draw.candidatesUrl}>下载名单文件</a>，SHA-256 <Text code>{draw.listSha256}</Text>
        </DescriptionsItem>
        <DescriptionsItem label="种子承诺值（SHA-256）">
          <Text code>{draw.commitment}</Text>
        </DescriptionsItem>
        <DescriptionsItem label="随机种子">{draw.seed ? <Text code>{draw.seed}</Text> : '抽取后公布'}</DescriptionsItem>
        <DescriptionsItem label="公布时间">{formatDateTime(draw.committedAt)}</DescriptionsItem>
        <DescriptionsItem label="抽取时间">{draw.revealedAt ? formatDateTime(draw.revealedAt) : '—'}</DescriptionsItem>
      </Descriptions>
      {draw.status === 'revealed' && (
        <>
          <Title level={4}>抽取结果</Title>
          <Table
            aria-label="抽取结果"
            rowKey={(d) => `${d.group},${d.candidate}`}
            dataSource={draw.drawn}
            columns={[
              { title: '分组', dataIndex: 'group', render: (g: string) => (g === 'all' ? '全部' : `机构 ${g.slice(1)}`) },
              { title: '序号', dataIndex: 'rank' },
              { title: '抽中对象', dataIndex: 'label' },
              { title: '排序值（HMAC-SHA256）', dataIndex: 'key', render: (k: string) => <Text code>{k.slice(0, 16)}…</Text> },
            ]}
          />
          <Paragraph style={{ marginTop: 16 }}>
            复核命令：
            <Text code>
              python3 verify_draw.py draw-{draw.id}-candidates.txt {draw.seed}
            </Text>
          </Paragraph>
        </>
      )}
    </>
  );
}
