import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useCities } from './cities';
import { Button, Card, Col, ErrorAlert, Input, Paragraph, Row, Space, Tag, Text, Title } from './ui';

/** The start page: search across cities, the cities with their notices and announcements, the forms. */
export function HomePage() {
  const navigate = useNavigate();
  const { cities, error } = useCities();
  const [q, setQ] = useState('');
  return (
    <>
      <Title level={2}>安全生产技术服务机构诚信考评结果查询</Title>
      <Paragraph type="secondary">
        查询各市应急管理局公布的机构考评等级，查看正在公示的评定结果并提出异议，投诉机构的违法违规行为。
      </Paragraph>
      <form
        role="search"
        style={{ display: 'flex', gap: 8, maxWidth: 640, marginBottom: 16 }}
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/search?q=${encodeURIComponent(q.trim())}`);
        }}
      >
        <Input
          type="search"
          aria-label="搜索机构"
          placeholder="输入机构名称或统一社会信用代码，例如：安全评价"
          value={q}
          onChange={setQ}
          style={{ minHeight: 40, fontSize: 16 }}
        />
        <Button type="primary" size="large" htmlType="submit">
          搜索
        </Button>
      </form>
      <Space wrap style={{ marginBottom: 24 }}>
        <Link to="/complaints/new" className="ui-button ui-button-primary">
          投诉机构
        </Link>
        <Link to="/complaints/track" className="ui-button ui-button-default">
          查询投诉进度
        </Link>
        <Link to="/objections/track" className="ui-button ui-button-default">
          查询异议进度
        </Link>
      </Space>
      <Title level={3}>各市考评结果</Title>
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]}>
        {cities.map((city) => (
          <Col key={city.code} xs={24} sm={12} lg={8}>
            <Card title={<Link to={`/cities/${city.code}`}>{city.name}</Link>} extra={city.bureauName}>
              {city.openNoticeYear ? (
                <Link to={`/notices/${city.code}/${city.openNoticeYear}`}>
                  <Tag color="orange">{city.openNoticeYear}年度评定结果公示中</Tag>
                </Link>
              ) : null}
              <div style={{ marginTop: 8 }}>
                {city.publishedYears.length > 0 ? (
                  city.publishedYears.map((year) => (
                    <Link key={year} to={`/announcements/${city.code}/${year}`} style={{ marginRight: 12 }}>
                      {year}年度公告
                    </Link>
                  ))
                ) : (
                  <Text type="secondary">尚无公布结果</Text>
                )}
              </div>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
