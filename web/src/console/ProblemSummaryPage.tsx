import { Alert, Select, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert } from '../shared/errors';
import { formatDate } from '../shared/text';
import { ExportButton } from './ExportButton';
import { PageTitle, YearPicker, useViewer, useYear } from './common';

const PhasesQuery = graphql(`
  query ConsoleCampaignPhases($year: Int!) {
    campaignPhases(year: $year) {
      seq
      kind
      name
      startsOn
      endsOn
      reportDue
    }
  }
`);

const SummaryQuery = graphql(`
  query ConsoleProblemSummary($year: Int!, $phase: Int!) {
    problemSummary(year: $year, phase: $phase) {
      from
      cutOff
      produced
      district
      problems
      phase {
        seq
        name
        reportDue
      }
      districts {
        code
        name
        inspections
        subjects
        problems
      }
      types {
        checklistId
        subject
        question
        text
        problems
      }
      cells {
        districtCode
        districtName
        checklistId
        subject
        question
        text
        problems
      }
    }
  }
`);

/**
 * 问题汇总 (bureau and county staff): the problems of the year's campaign by type and district on a phase's report
 * day (莆田: 市县检查 5月27日, 总结提升 9月25日), exported as .xlsx for the report to the city. A county's covers its
 * own district.
 */
export function ProblemSummaryPage() {
  const viewer = useViewer();
  const [year, setYear] = useYear();
  const [params, setParams] = useSearchParams();
  const [{ data: phases, fetching, error }] = useQuery({ query: PhasesQuery, variables: { year } });
  const list = phases?.campaignPhases ?? [];
  const chosen = Number(params.get('phase'));
  const phase = list.find((p) => p.seq === chosen) ?? list.find((p) => p.reportDue) ?? list[0];
  const [{ data, error: summaryError }] = useQuery({
    query: SummaryQuery,
    variables: { year, phase: phase?.seq ?? 0 },
    pause: !phase,
    requestPolicy: 'cache-and-network',
  });
  const summary = phase ? data?.problemSummary : undefined;
  return (
    <>
      <PageTitle>问题汇总</PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <YearPicker year={year} onChange={setYear} />
        <label htmlFor="summary-phase">工作阶段</label>
        <Select
          id="summary-phase"
          style={{ width: 320 }}
          value={phase?.seq}
          onChange={(seq: number) => {
            const copy = new URLSearchParams(params);
            copy.set('phase', String(seq));
            setParams(copy, { replace: true });
          }}
          options={list.map((p) => ({
            value: p.seq,
            label: `${p.name}${p.reportDue ? `（${formatDate(p.reportDue)}报送）` : `（${formatDate(p.endsOn)}止）`}`,
          }))}
        />
        {summary && phase && (
          <ExportButton
            url={`/exports/problem-summary.xlsx?year=${year}&phase=${phase.seq}`}
            fileName={`${year}年度问题汇总（${phase.name}）.xlsx`}
          >
            导出 Excel
          </ExportButton>
        )}
      </Space>
      <ErrorAlert error={error ?? summaryError} />
      {fetching && !phases && <Skeleton active />}
      {phases && list.length === 0 && <Alert type="info" showIcon title={`${year}年度工作日历没有设置工作阶段`} />}
      {summary && (
        <>
          <Typography.Paragraph data-testid="summary-period">
            统计期间：{formatDate(summary.from)} 至 {formatDate(summary.cutOff)}
            {summary.produced ? '' : '（报送日期未到，数字为暂计）'}
            {viewer.isCounty && `，本辖区（${viewer.districtName ?? viewer.district}）`}
          </Typography.Paragraph>
          <Space size="large" style={{ marginBottom: 16 }}>
            <Statistic title="问题总数" value={summary.problems} />
            <Statistic title="检查次数" value={summary.districts.reduce((n, d) => n + d.inspections, 0)} />
          </Space>
          <Typography.Title level={4}>按区县</Typography.Title>
          <Table
            aria-label="按区县"
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={summary.districts}
            style={{ marginBottom: 24 }}
            columns={[
              { title: '区县', dataIndex: 'name' },
              { title: '检查次数', dataIndex: 'inspections' },
              { title: '检查对象数', dataIndex: 'subjects' },
              { title: '问题数', dataIndex: 'problems' },
            ]}
          />
          <Typography.Title level={4}>按问题类型</Typography.Title>
          <Table
            aria-label="按问题类型"
            rowKey={(t) => `${t.checklistId}-${t.question}`}
            size="small"
            pagination={false}
            dataSource={summary.types}
            style={{ marginBottom: 24 }}
            columns={[
              { title: '检查对象', dataIndex: 'subject' },
              { title: '题号', dataIndex: 'question' },
              { title: '问题', dataIndex: 'text' },
              { title: '问题数', dataIndex: 'problems' },
            ]}
          />
          <Typography.Title level={4}>按区县和问题类型</Typography.Title>
          <Table
            aria-label="按区县和问题类型"
            rowKey={(c) => `${c.districtCode}-${c.checklistId}-${c.question}`}
            size="small"
            pagination={{ pageSize: 50 }}
            dataSource={summary.cells}
            columns={[
              { title: '区县', dataIndex: 'districtName' },
              { title: '检查对象', dataIndex: 'subject' },
              { title: '题号', dataIndex: 'question' },
              { title: '问题', dataIndex: 'text' },
              { title: '问题数', dataIndex: 'problems' },
            ]}
          />
        </>
      )}
    </>
  );
}
