import { useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Skeleton, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorAlert, FormErrors, showFieldErrors, userErrorsOf, type UserError } from '../shared/errors';
import { PageTitle, SOURCES, newKey, useYear } from './common';

const RuleTreeQuery = graphql(`
  query ConsoleRuleTree($id: ID!, $year: Int!) {
    agency(id: $id) {
      id
      name
    }
    activeScheme(year: $year) {
      version
      title
    }
  }
`);

const SchemeTreeQuery = graphql(`
  query ConsoleSchemeTree($version: String!) {
    schemeTree(version: $version) {
      version
      year
      title
      sections {
        title
        kind
        items {
          number
          title
          rules {
            code
            wording
            kind
            points
            cap
            takesFindings
          }
        }
      }
    }
  }
`);

const RecordFindingMutation = graphql(`
  mutation ConsoleRecordFinding($input: RecordFindingInput!) {
    recordFinding(input: $input) {
      finding {
        id
        ruleCode
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export interface RuleOption {
  code: string;
  kind: string;
  label: string;
  /** Lower-case words searched: the code, the item's number and title, the clause. */
  words: string;
}

/** The rules of a scheme tree that take findings, in the tree's order. */
export function ruleOptions(
  sections: {
    title: string;
    items: { number: string; title: string; rules: { code: string; wording: string; kind: string; takesFindings: boolean }[] }[];
  }[],
): RuleOption[] {
  return sections.flatMap((s) =>
    s.items.flatMap((item) =>
      item.rules
        .filter((r) => r.takesFindings)
        .map((r) => ({
          code: r.code,
          kind: r.kind,
          label: `${r.code}  第${item.number}项 ${item.title}：${r.wording}`,
          words: `${r.code} ${item.number} ${item.title} ${r.wording} ${s.title}`.toLowerCase(),
        })),
    ),
  );
}

/**
 * Rules matching what was typed: by number (the code or the item's number starts with it), else by
 * words (every space-separated word occurs in the item's title or the clause). Codes first.
 */
export function matchRules(options: RuleOption[], typed: string): RuleOption[] {
  const text = typed.trim().toLowerCase();
  if (!text) return options;
  const byNumber = options.filter((o) => o.code.toLowerCase().startsWith(text));
  const words = text.split(/\s+/);
  const byWords = options.filter((o) => !byNumber.includes(o) && words.every((w) => o.words.includes(w)));
  return [...byNumber, ...byWords];
}

interface FindingForm {
  ruleCode: string | undefined;
  count: number;
  value: string;
  of: number | null;
  enterprise: string;
  evidence: string;
  source: string;
  observedOn: string;
}

/** 记录检查发现: a finding against a rule of the scheme active for the year, picked by number or words. */
export function RecordFindingPage() {
  const { id = '' } = useParams();
  const [year] = useYear();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: RuleTreeQuery, variables: { id, year } });
  const version = data?.activeScheme?.version;
  const [{ data: tree, error: treeError }] = useQuery({
    query: SchemeTreeQuery,
    variables: { version: version ?? '' },
    pause: !version,
  });
  const options = useMemo(() => ruleOptions(tree?.schemeTree?.sections ?? []), [tree]);
  const [typed, setTyped] = useState('');
  const [form] = Form.useForm<FindingForm>();
  const ruleCode = Form.useWatch('ruleCode', form);
  const picked = options.find((o) => o.code === ruleCode);
  const [formErrors, setFormErrors] = useState<UserError[]>([]);
  const [key] = useState(newKey);
  const [{ fetching: saving }, record] = useMutation(RecordFindingMutation);

  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  if (!data?.agency) return <Typography.Paragraph>机构不存在。</Typography.Paragraph>;
  const matching = matchRules(options, typed).slice(0, 50);
  return (
    <>
      <PageTitle>记录检查发现</PageTitle>
      <Typography.Paragraph>
        机构：<Link to={`/agencies/${data.agency.id}?year=${year}`}>{data.agency.name}</Link>　考评年度：{year}
        {data.activeScheme ? `　考评方案：${data.activeScheme.title}（${data.activeScheme.version}）` : ''}
      </Typography.Paragraph>
      {!data.activeScheme && <Alert type="warning" showIcon role="alert" title={`${year}年度没有启用的考评方案，无法记录检查发现`} />}
      <ErrorAlert error={treeError} />
      <Card style={{ maxWidth: 860 }}>
        <FormErrors errors={formErrors} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            ruleCode: undefined,
            count: 1,
            value: '',
            of: null,
            enterprise: '',
            evidence: '',
            source: 'routineInspection',
            observedOn: '',
          }}
          onFinish={async (values) => {
            setFormErrors([]);
            const result = await record({
              input: {
                agencyId: id,
                year,
                ruleCode: values.ruleCode ?? '',
                count: values.count,
                value: values.value ? values.value : null,
                of: values.of ?? null,
                enterprise: values.enterprise || null,
                evidence: values.evidence,
                source: values.source,
                observedOn: values.observedOn,
                idempotencyKey: key,
              },
            });
            const payload = result.data?.recordFinding;
            const errors = payload?.errors.length ? payload.errors : result.error ? userErrorsOf(result.error) : [];
            if (errors.length) {
              setFormErrors(showFieldErrors(form, errors));
              return;
            }
            navigate(`/agencies/${id}?year=${year}`);
          }}
        >
          <Form.Item label="考评规则（输入条款编号或字词查找）" name="ruleCode" rules={[{ required: true, message: '请选择考评规则' }]}>
            <Select
              disabled={options.length === 0}
              loading={!!version && !tree}
              showSearch={{ filterOption: false, onSearch: setTyped }}
              placeholder="例如 14.5a，或“标线”"
              notFoundContent="没有匹配的规则"
              options={matching.map((o) => ({ value: o.code, label: o.label }))}
              onChange={() => setTyped('')}
            />
          </Form.Item>
          {picked && (
            <Typography.Paragraph type="secondary" data-testid="picked-rule">
              {picked.label}
            </Typography.Paragraph>
          )}
          <Form.Item label="次数" name="count">
            <InputNumber min={1} max={1000} />
          </Form.Item>
          {(picked?.kind === 'proportional' || picked?.kind === 'amount') && (
            <>
              <Form.Item label={picked.kind === 'amount' ? '金额' : '比例（0–1）'} name="value">
                <Input style={{ width: 200 }} />
              </Form.Item>
              {picked.kind === 'proportional' && (
                <Form.Item label="比例的分母（次数/总数）" name="of">
                  <InputNumber min={1} />
                </Form.Item>
              )}
            </>
          )}
          <Form.Item label="服务企业（按企业评分的条款填写业务编号）" name="enterprise">
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label="事实描述" name="evidence" rules={[{ required: true, message: '请填写事实描述' }]}>
            <Input.TextArea rows={3} maxLength={4000} showCount />
          </Form.Item>
          <Form.Item label="来源" name="source">
            <Select options={Object.entries(SOURCES).map(([value, label]) => ({ value, label }))} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label="发现日期" name="observedOn" rules={[{ required: true, message: '请填写发现日期' }]}>
            <Input type="date" style={{ width: 200 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            {saving ? '正在提交…' : '保存为待确认'}
          </Button>
        </Form>
      </Card>
    </>
  );
}
