import { useEffect, useState } from 'react';
import { Button, Card, Collapse, Form, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useClient } from 'urql';
import { graphql, type DocumentType } from '../gql';
import { FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { formatDecimal } from '../shared/text';

const CompareSchemesQuery = graphql(`
  query ConsoleCompareSchemes($year: Int!, $versionA: String!, $versionB: String!) {
    compareSchemes(year: $year, versionA: $versionA, versionB: $versionB) {
      year
      versionA
      versionB
      changedCount
      rows {
        agencyId
        agencyName
        totalA
        totalB
        delta
        gradeA
        gradeB
        rankA
        rankB
        gradeChanged
        changed
      }
      incomplete {
        agencyId
        agencyName
        version
        problems
      }
    }
  }
`);

type Comparison = DocumentType<typeof CompareSchemesQuery>['compareSchemes'];

/** 模拟对比 (what-if): the year's recorded facts of every agency evaluated under two versions, side by side. */
export function CompareSchemes({
  versions,
  defaults,
}: {
  versions: { version: string; year: number }[];
  /** What to compare first (the scheme editor: this year's version against the new one, over this year's facts). */
  defaults?: { versionA: string; versionB: string; year: number };
}) {
  const client = useClient();
  const [form] = Form.useForm<{ versionA: string | undefined; versionB: string | undefined; year: number | null }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [running, setRunning] = useState(false);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [onlyChanged, setOnlyChanged] = useState(true);
  const rows = (comparison?.rows ?? []).filter((r) => !onlyChanged || r.changed);
  // the versions arrive after the form is first drawn: the newest two are compared by default
  useEffect(() => {
    if (defaults) {
      form.setFieldsValue(defaults);
    } else if (versions.length > 0 && !form.getFieldValue('versionB')) {
      form.setFieldsValue({
        versionA: (versions[1] ?? versions[0]).version,
        versionB: versions[0].version,
        year: versions[0].year,
      });
    }
  }, [versions, form, defaults]);
  return (
    <Card title="两个版本的模拟对比（what-if）" style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">
        用某一年度已记录的事实，分别按两个方案版本对本市全部机构计分、定级和排名，比较得分、等级和名次的变化。
      </Typography.Paragraph>
      <FormErrors errors={errors} />
      <Form
        form={form}
        layout="inline"
        initialValues={{ versionA: undefined, versionB: undefined, year: null }}
        onFinish={async (v) => {
          setRunning(true);
          const result = await client
            .query(
              CompareSchemesQuery,
              { year: v.year ?? 0, versionA: v.versionA ?? '', versionB: v.versionB ?? '' },
              { requestPolicy: 'network-only' },
            )
            .toPromise();
          setRunning(false);
          if (result.error || !result.data) {
            setComparison(null);
            return setErrors(showFieldErrors(form, userErrorsOf(result.error)));
          }
          setErrors([]);
          setComparison(result.data.compareSchemes);
        }}
      >
        <Form.Item label="原版本" name="versionA" rules={[{ required: true, message: '请选择原版本' }]}>
          <Select style={{ width: 200 }} options={versions.map((v) => ({ value: v.version, label: v.version }))} />
        </Form.Item>
        <Form.Item label="新版本" name="versionB" rules={[{ required: true, message: '请选择新版本' }]}>
          <Select style={{ width: 200 }} options={versions.map((v) => ({ value: v.version, label: v.version }))} />
        </Form.Item>
        <Form.Item label="事实年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={running}>
            {running ? '正在计算…' : '对比'}
          </Button>
        </Form.Item>
      </Form>
      {comparison && (
        <div style={{ marginTop: 16 }} data-testid="scheme-comparison">
          <Space wrap>
            <Typography.Text>
              {comparison.year} 年度：{comparison.versionA} → {comparison.versionB}，{comparison.rows.length} 家可比较， 其中{' '}
              {comparison.changedCount} 家得分、等级或名次有变化
              {comparison.incomplete.length > 0 && `；${comparison.incomplete.length} 项因事实不全未参与比较`}
            </Typography.Text>
            <Button size="small" onClick={() => setOnlyChanged(!onlyChanged)}>
              {onlyChanged ? '显示全部机构' : '只看有变化的机构'}
            </Button>
          </Space>
          <Table
            aria-label="版本对比结果"
            rowKey="agencyId"
            size="small"
            style={{ marginTop: 8 }}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={rows}
            columns={[
              { title: '机构', dataIndex: 'agencyName' },
              { title: '原得分', render: (_, r) => formatDecimal(r.totalA) || '不参评' },
              { title: '新得分', render: (_, r) => formatDecimal(r.totalB) || '不参评' },
              { title: '变化', render: (_, r) => (r.delta == null ? '' : formatDecimal(r.delta)) },
              {
                title: '等级',
                render: (_, r) =>
                  r.gradeChanged ? (
                    <Tag color="orange">
                      {r.gradeA ?? '—'} → {r.gradeB ?? '—'}
                    </Tag>
                  ) : (
                    (r.gradeA ?? '—')
                  ),
              },
              { title: '名次', render: (_, r) => `${r.rankA ?? '—'} → ${r.rankB ?? '—'}` },
            ]}
          />
          {comparison.incomplete.length > 0 && (
            <Collapse
              style={{ marginTop: 8 }}
              items={[
                {
                  key: 'incomplete',
                  label: `事实不全、未参与比较的机构（${comparison.incomplete.length}）`,
                  children: (
                    <ul>
                      {comparison.incomplete.map((i) => (
                        <li key={`${i.agencyId}-${i.version}`}>
                          {i.agencyName}（{i.version}）：{i.problems.join('；')}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  );
}
