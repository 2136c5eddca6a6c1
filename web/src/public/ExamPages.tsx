import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDateTime } from '../shared/text';
import { useCities } from './cities';
import { PublicExamResultsQuery, examYear } from './queries';
import { Descriptions, DescriptionsItem, Empty, ErrorAlert, Paragraph, Skeleton, Table, Tag, Title } from './ui';
import { YearInput } from './YearInput';

/**
 * 技术人员抽考成绩公示 (临沂: "个人考试成绩将公开公示"; "对专业技术人员测试不合格的，不得从事相应技术服务活动"): every result of
 * a published year, the person's name masked.
 */
export function PublicExamResultsPage() {
  const { tenant = '' } = useParams();
  const { cities } = useCities();
  const city = cities.find((c) => c.code === tenant);
  const [params] = useSearchParams();
  const [year, setYear] = useState(() => examYear(params));
  const [{ data, fetching, error }] = useQuery({ query: PublicExamResultsQuery, variables: { tenant, year } });
  if (error) return <ErrorAlert error={error} />;
  const exam = data?.publicExamResults;
  return (
    <>
      <Title level={2}>{city?.name ?? tenant} 技术人员抽考成绩公示</Title>
      <Paragraph>
        按不低于技术服务机构专业技术人员总数 50% 的比例抽考，个人考试成绩公开公示；测试不合格的人员不得从事相应技术服务活动。
      </Paragraph>
      <YearInput id="exam-year" value={year} onChange={setYear} />
      {fetching && !data ? (
        <Skeleton />
      ) : !exam?.published ? (
        <Empty description="本年度抽考成绩尚未公示" />
      ) : (
        <>
          <Descriptions size="small" bordered column={{ xs: 1, sm: 3 }} style={{ marginBottom: 16 }}>
            <DescriptionsItem label="公示时间">{formatDateTime(exam.publishedAt)}</DescriptionsItem>
            <DescriptionsItem label="合格分">{exam.passMark}</DescriptionsItem>
            <DescriptionsItem label="人数">
              {exam.results.length} 人，其中不合格 {exam.results.filter((r) => !r.passed).length} 人
            </DescriptionsItem>
          </Descriptions>
          <Table
            aria-label="抽考成绩"
            size="small"
            rowKey={(r) => `${r.agencyName}:${r.staffName}:${r.score}`}
            dataSource={exam.results}
            columns={[
              { title: '机构', dataIndex: 'agencyName' },
              { title: '姓名', dataIndex: 'staffName' },
              { title: '成绩', dataIndex: 'score' },
              {
                title: '结果',
                dataIndex: 'passed',
                render: (p: boolean) => (p ? <Tag color="green">合格</Tag> : <Tag color="red">不合格（不得从事相应技术服务活动）</Tag>),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
