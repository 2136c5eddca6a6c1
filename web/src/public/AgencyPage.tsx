import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { LazyChart as Chart } from '../shared/LazyChart';
import { formatDateTime, formatDecimal } from '../shared/text';
import { Card, Descriptions, DescriptionsItem, ErrorAlert, Result, Skeleton, Table, Tag, Title } from './ui';

const PublicAgencyQuery = graphql(`
  query PublicAgency($tenant: ID!, $agencyId: ID!) {
    publicAgency(tenant: $tenant, agencyId: $agencyId) {
      tenant
      cityName
      agencyId
      agencyName
      creditCode
      category
      categoryLabel
      history {
        year
        publicationId
        publicationTitle
        publishedAt
        grade
        publishedGrade
        rank
        total
        lists
        superseded
      }
    }
  }
`);

/** An agency's published grades over the years (anonymous). */
export function AgencyPage() {
  const { tenant = '', agencyId = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: PublicAgencyQuery, variables: { tenant, agencyId } });
  const agency = data?.publicAgency;
  const current = useMemo(() => (agency?.history ?? []).filter((h) => !h.superseded).sort((a, b) => a.year - b.year), [agency]);
  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: current.map((h) => `${h.year}`) },
      yAxis: { type: 'value', name: '总分' },
      series: [
        {
          type: 'bar',
          name: '总分',
          data: current.map((h) => (h.total == null ? null : Number(h.total))),
          label: { show: true, position: 'top', formatter: (p: { dataIndex: number }) => current[p.dataIndex]?.publishedGrade ?? '' },
        },
      ],
    }),
    [current],
  );
  if (fetching && !data) return <Skeleton />;
  if (error) return <ErrorAlert error={error} />;
  if (!agency) return <Result status="404" title="该机构尚无公布的考评结果" extra={<Link to="/search">查询其他机构</Link>} />;
  return (
    <>
      <Title level={2}>{agency.agencyName}</Title>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
        <DescriptionsItem label="所在城市">
          <Link to={`/cities/${agency.tenant}`}>{agency.cityName}</Link>
        </DescriptionsItem>
        <DescriptionsItem label="统一社会信用代码">{agency.creditCode ?? '—'}</DescriptionsItem>
        <DescriptionsItem label="机构类别">{agency.categoryLabel ?? agency.category ?? '—'}</DescriptionsItem>
      </Descriptions>
      {current.length > 1 && (
        <Card size="small" title="历年总分与等级" style={{ marginBottom: 16 }}>
          <Chart option={chart} label={`历年考评：${current.map((h) => `${h.year}年 ${h.publishedGrade}`).join('，')}`} height={220} />
        </Card>
      )}
      <Table
        aria-label="历年公布结果"
        rowKey={(h) => `${h.publicationId}`}
        dataSource={agency.history}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          {
            title: '公布等级',
            dataIndex: 'publishedGrade',
            width: 100,
            render: (g: string, h) => (h.superseded ? g : <Tag color="green">{g}</Tag>),
          },
          { title: '名次', dataIndex: 'rank', width: 80, render: (r: number | null) => r ?? '—' },
          { title: '总分', dataIndex: 'total', width: 90, render: (t) => formatDecimal(t) },
          {
            title: '公告',
            dataIndex: 'publicationTitle',
            render: (title: string, h) => (
              <>
                <Link to={`/announcements/view/${h.publicationId}`}>{title}</Link>
                {h.superseded && <Tag style={{ marginLeft: 8 }}>已被更正</Tag>}
              </>
            ),
          },
          { title: '发布时间', dataIndex: 'publishedAt', width: 160, render: (t: string) => formatDateTime(t) },
        ]}
      />
    </>
  );
}
