import { useMemo, useState } from 'react';
import { Button, Card, Col, Descriptions, Empty, Result, Row, Segmented, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { LazyChart as Chart } from '../shared/LazyChart';
import { ErrorAlert } from '../shared/errors';
import { useCities } from './cities';
import { PublicRatingsQuery, cityYearVariables } from './queries';

/** A city: its notice, its announcements and the grade distribution of a published year (search facets). */
export function CityPage() {
  const { tenant = '' } = useParams();
  const { cities, fetching, error } = useCities();
  const city = cities.find((c) => c.code === tenant);
  const [year, setYear] = useState<number | null>(null);
  const shownYear = year ?? city?.publishedYears[0] ?? null;
  const [{ data, error: ratingsError }] = useQuery({
    query: PublicRatingsQuery,
    variables: cityYearVariables(tenant, shownYear),
    pause: shownYear == null,
  });
  const grades = useMemo(() => data?.publicRatings.facets.find((f) => f.name === 'grade')?.buckets ?? [], [data]);
  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c} 家（{d}%）' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          label: { formatter: '{b}\n{c} 家' },
          data: grades.map((b) => ({ name: b.label ?? b.key, value: b.count })),
        },
      ],
    }),
    [grades],
  );
  if (fetching && cities.length === 0) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  if (!city) return <Result status="404" title="未找到该城市" extra={<Link to="/">返回首页</Link>} />;
  return (
    <>
      <Typography.Title level={2}>{city.name}</Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="考评机关">{city.bureauName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="公示">
          {city.openNoticeYear ? (
            <Link to={`/notices/${city.code}/${city.openNoticeYear}`}>{city.openNoticeYear}年度评定结果公示中，查看并提出异议</Link>
          ) : (
            '当前没有正在进行的公示'
          )}
        </Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ marginBottom: 16 }}>
        <Link to={`/search?tenant=${city.code}`}>
          <Button type="primary">查询本市机构</Button>
        </Link>
        <Link to={`/complaints/new?city=${city.code}`}>
          <Button>投诉本市机构</Button>
        </Link>
        <Link to={`/draws/${city.code}`}>
          <Button>双随机抽查公示</Button>
        </Link>
        <Link to={`/counties/${city.code}`}>
          <Button>区县评定结果</Button>
        </Link>
        <Link to={`/exams/${city.code}`}>
          <Button>抽考成绩公示</Button>
        </Link>
      </Space>
      <Row gutter={24}>
        <Col xs={24} md={10}>
          <Card size="small" title="历年公告">
            {city.publishedYears.length === 0 ? (
              <Empty description="尚无公布结果" />
            ) : (
              <ul style={{ paddingInlineStart: 20 }}>
                {city.publishedYears.map((y) => (
                  <li key={y}>
                    <Link to={`/announcements/${city.code}/${y}`}>{y}年度考评结果公告</Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card
            size="small"
            title={shownYear ? `${shownYear}年度公布等级分布` : '公布等级分布'}
            extra={
              city.publishedYears.length > 1 && (
                <Segmented
                  aria-label="年度"
                  value={shownYear ?? undefined}
                  options={city.publishedYears.map((y) => ({ value: y, label: `${y}` }))}
                  onChange={(v) => setYear(Number(v))}
                />
              )
            }
          >
            <ErrorAlert error={ratingsError} />
            {grades.length > 0 ? (
              <>
                <Chart
                  option={chart}
                  label={`${city.name}${shownYear}年度等级分布：${grades.map((b) => `${b.label ?? b.key} ${b.count} 家`).join('，')}`}
                  height={280}
                />
                <Typography.Paragraph type="secondary" data-testid="grade-distribution">
                  {grades.map((b) => `${b.label ?? b.key} ${b.count} 家`).join('；')}
                </Typography.Paragraph>
              </>
            ) : (
              <Empty description="暂无公布数据" />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
