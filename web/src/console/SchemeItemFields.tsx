import { Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Typography } from 'antd';
import { LEVELS, SANCTION_TYPES } from '../shared/labels';

/** The rule kinds of the scheme format (SCHEME-FORMAT.md section 4), as a bureau reads them. */
export const RULE_KINDS: Record<string, string> = {
  fixed: '发现即扣（固定分值）',
  perOccurrence: '按次计分',
  zeroing: '该项不得分',
  proportional: '按比例计分',
  amount: '按认定分值',
  computed: '按公式计算',
  measured: '按测评数据计算',
  honour: '表彰加分',
  sanction: '处罚扣分',
  rank: '按排名',
};

/** Which fields each kind takes (the others are not shown for it). */
const KIND_FIELDS: Record<string, readonly string[]> = {
  fixed: ['points'],
  perOccurrence: ['points', 'cap'],
  zeroing: [],
  proportional: ['points'],
  amount: ['cap'],
  computed: ['expression', 'cap'],
  measured: ['expression', 'cap'],
  honour: ['levels', 'points', 'cap'],
  sanction: ['sanction', 'levels', 'points', 'cap'],
  rank: [],
};

/** The keys the editor shows as fields: an engine problem about one of them goes beside it even when it is empty. */
export const FIELD_KEYS = new Set([
  'number',
  'title',
  'max',
  'wording',
  'code',
  'kind',
  'points',
  'cap',
  'expression',
  'levels',
  'sanction',
  'when',
  'grade',
  'label',
  'min',
  'top',
]);

type Path = (string | number)[];

/** The next free item number of the whole scheme (numbers are unique across sections, bonus and penalties). */
function nextNumber(values: Record<string, unknown>): string {
  type Part = { items?: { number?: unknown }[] } | undefined;
  const parts: Part[] = [...((values.sections as Part[] | undefined) ?? []), values.bonus as Part, values.penalties as Part];
  let max = 0;
  for (const part of parts) for (const item of part?.items ?? []) max = Math.max(max, Number.parseInt(String(item?.number ?? ''), 10) || 0);
  return String(max + 1);
}

/** One rule: its code (fixed once the rule exists: findings name it), wording, kind and the kind's amounts. */
function RuleFields({ path, name, isNew, onRemove }: { path: Path; name: number; isNew: boolean; onRemove: () => void }) {
  const form = Form.useFormInstance();
  return (
    <Space wrap align="start" style={{ paddingInlineStart: 16 }}>
      <Form.Item label="条款" name={[name, 'code']} rules={[{ required: true, message: '请填写条款编号' }]}>
        <Input style={{ width: 90 }} disabled={!isNew} />
      </Form.Item>
      <Form.Item label="条款原文" name={[name, 'wording']}>
        <Input style={{ width: 340 }} />
      </Form.Item>
      <Form.Item label="计分方式" name={[name, 'kind']}>
        <Select
          style={{ width: 170 }}
          options={Object.entries(RULE_KINDS).map(([value, label]) => ({ value, label }))}
          onChange={(kind: string) => {
            // what the new kind does not take leaves the file (the engine refuses a field a kind does not use)
            const kept = new Set(KIND_FIELDS[kind] ?? []);
            for (const field of ['points', 'cap', 'expression', 'levels', 'sanction'])
              if (!kept.has(field)) form.setFieldValue([...path, name, field], undefined);
          }}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {({ getFieldValue }) => {
          const kind = getFieldValue([...path, name, 'kind']) as string | undefined;
          const shown = new Set(KIND_FIELDS[kind ?? ''] ?? ['points', 'cap']);
          return (
            <>
              {shown.has('sanction') && (
                <Form.Item label="处罚类型" name={[name, 'sanction']}>
                  <Select style={{ width: 130 }} options={Object.entries(SANCTION_TYPES).map(([value, label]) => ({ value, label }))} />
                </Form.Item>
              )}
              {shown.has('levels') && (
                <Form.Item label="级别" name={[name, 'levels']}>
                  <Select
                    mode="multiple"
                    style={{ width: 220 }}
                    options={Object.entries(LEVELS).map(([value, label]) => ({ value, label }))}
                  />
                </Form.Item>
              )}
              {shown.has('expression') && (
                <Form.Item label="计算公式" name={[name, 'expression']}>
                  <Input style={{ width: 300 }} />
                </Form.Item>
              )}
              {shown.has('points') && (
                <Form.Item label="每次分值" name={[name, 'points']}>
                  <InputNumber style={{ width: 100 }} />
                </Form.Item>
              )}
              {shown.has('cap') && (
                <Form.Item label="上限" name={[name, 'cap']}>
                  <InputNumber style={{ width: 100 }} />
                </Form.Item>
              )}
            </>
          );
        }}
      </Form.Item>
      <Form.Item label=" ">
        <Popconfirm title="删除这一条款？" okText="删除" cancelText="取消" onConfirm={onRemove}>
          <Button danger size="small">
            删除条款
          </Button>
        </Popconfirm>
      </Form.Item>
    </Space>
  );
}

/**
 * The items of a scheme part with their rules, as form fields named by their path in the scheme file
 * (sections.0.items.2.rules.1.points), so that the engine's problems land beside them. Items and rules are
 * added and removed here; a rule that exists keeps its code (recorded findings name it), a new one takes the
 * next code of its item.
 */
export function SchemeItemFields({
  base,
  knownCodes,
  withSectionFields = false,
}: {
  base: Path;
  /** the rule codes of the version the editor started from: those rules keep their code */
  knownCodes: ReadonlySet<string>;
  withSectionFields?: boolean;
}) {
  const form = Form.useFormInstance();
  return (
    <>
      {withSectionFields && (
        <Space wrap>
          <Form.Item label="部分名称" name={[...base, 'title']}>
            <Input style={{ width: 320 }} />
          </Form.Item>
          <Form.Item label="部分分值" name={[...base, 'max']}>
            <InputNumber />
          </Form.Item>
        </Space>
      )}
      <Form.List name={[...base, 'items']}>
        {(items, { add: addItem, remove: removeItem }) => (
          <>
            {items.map((item) => {
              const itemPath = [...base, 'items', item.name];
              return (
                <Card
                  key={item.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  title={`第 ${form.getFieldValue([...itemPath, 'number']) ?? ''} 项`}
                  extra={
                    <Popconfirm title="删除这一项及其全部条款？" okText="删除" cancelText="取消" onConfirm={() => removeItem(item.name)}>
                      <Button danger size="small">
                        删除此项
                      </Button>
                    </Popconfirm>
                  }
                >
                  <Space wrap align="start">
                    <Form.Item label="序号" name={[item.name, 'number']} rules={[{ required: true, message: '请填写序号' }]}>
                      <Input style={{ width: 70 }} />
                    </Form.Item>
                    <Form.Item label="项目" name={[item.name, 'title']}>
                      <Input style={{ width: 420 }} />
                    </Form.Item>
                    <Form.Item label="分值" name={[item.name, 'max']}>
                      <InputNumber style={{ width: 100 }} />
                    </Form.Item>
                  </Space>
                  <Form.Item label="评分标准原文" name={[item.name, 'wording']}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                  <Form.List name={[item.name, 'rules']}>
                    {(rules, { add: addRule, remove: removeRule }) => (
                      <>
                        {rules.map((rule) => (
                          <RuleFields
                            key={rule.key}
                            path={[...itemPath, 'rules']}
                            name={rule.name}
                            isNew={!knownCodes.has(String(form.getFieldValue([...itemPath, 'rules', rule.name, 'code']) ?? ''))}
                            onRemove={() => removeRule(rule.name)}
                          />
                        ))}
                        <Button
                          size="small"
                          style={{ marginInlineStart: 16 }}
                          onClick={() => {
                            const number = String(form.getFieldValue([...itemPath, 'number']) ?? '');
                            addRule({ code: `${number}.${rules.length + 1}`, wording: '', kind: 'perOccurrence', points: 1 });
                          }}
                        >
                          新增条款
                        </Button>
                      </>
                    )}
                  </Form.List>
                </Card>
              );
            })}
            <Button
              onClick={() => {
                const number = nextNumber(form.getFieldsValue(true) as Record<string, unknown>);
                addItem({
                  number,
                  title: '',
                  max: 1,
                  wording: '',
                  rules: [{ code: `${number}.1`, wording: '', kind: 'perOccurrence', points: 1 }],
                });
              }}
            >
              新增考评项目
            </Button>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
              已有条款的编号不可修改（检查发现按编号记录）；新增的条款可改编号。
            </Typography.Text>
          </>
        )}
      </Form.List>
    </>
  );
}

/** The grade bands, highest first (the last has no minimum): changed, added and removed. */
export function BandFields() {
  return (
    <Form.List name="bands">
      {(fields, { add, remove }) => (
        <Space wrap align="start">
          {fields.map((f) => (
            <Space key={f.key} align="start">
              <Form.Item label={`第${f.name + 1}档 等级名称`} name={[f.name, 'label']}>
                <Input style={{ width: 120 }} />
              </Form.Item>
              <Form.Item label="最低分" name={[f.name, 'min']}>
                <InputNumber style={{ width: 100 }} />
              </Form.Item>
              <Form.Item label=" ">
                <Button size="small" danger onClick={() => remove(f.name)} aria-label={`删除第${f.name + 1}档`}>
                  删除
                </Button>
              </Form.Item>
            </Space>
          ))}
          <Form.Item label=" ">
            <Button size="small" onClick={() => add({ label: '', min: 0 }, Math.max(0, fields.length - 1))}>
              新增一档
            </Button>
          </Form.Item>
        </Space>
      )}
    </Form.List>
  );
}

/**
 * The vetoes (直接定级情形: wording, condition, grade) or the exclusions (不参与考评的情形: wording, condition),
 * changed, added and removed; one that exists keeps its code. The condition is the threshold: `sanctions.interview.city >= 2`.
 */
export function ConditionFields({ list, knownCodes }: { list: 'vetoes' | 'exclusions'; knownCodes: ReadonlySet<string> }) {
  const form = Form.useFormInstance();
  const veto = list === 'vetoes';
  return (
    <Form.List name={list}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} wrap align="start">
              <Form.Item label="编号" name={[f.name, 'code']} rules={[{ required: true, message: '请填写编号' }]}>
                <Input style={{ width: 80 }} disabled={knownCodes.has(String(form.getFieldValue([list, f.name, 'code'])))} />
              </Form.Item>
              <Form.Item label="原文" name={[f.name, 'wording']}>
                <Input style={{ width: 380 }} />
              </Form.Item>
              <Form.Item
                label={veto ? '条件（如 sanctions.interview.city >= 2）' : '条件（如 agency.hadBusiness == 0）'}
                name={[f.name, 'when']}
                rules={[{ required: true, message: '请填写条件' }]}
              >
                <Input style={{ width: 300 }} />
              </Form.Item>
              {veto && (
                <Form.Item label="评定为" name={[f.name, 'grade']}>
                  <Input style={{ width: 100 }} />
                </Form.Item>
              )}
              <Form.Item label=" ">
                <Popconfirm title="删除这一情形？" okText="删除" cancelText="取消" onConfirm={() => remove(f.name)}>
                  <Button danger size="small">
                    删除
                  </Button>
                </Popconfirm>
              </Form.Item>
            </Space>
          ))}
          <Button
            size="small"
            onClick={() =>
              add(
                veto
                  ? { code: `V${fields.length + 1}`, wording: '', when: '', grade: '' }
                  : { code: `E${fields.length + 1}`, wording: '', when: '' },
              )
            }
          >
            {veto ? '新增直接定级情形' : '新增不参与考评的情形'}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** The publication's lists (服务好的机构 10–20 家 …): their wording and how many agencies each takes. */
export function PublicationListFields() {
  return (
    <Form.List name={['publication', 'lists']}>
      {(fields) =>
        fields.map((f) => (
          <Space key={f.key} wrap align="start">
            <Form.Item label="名单" name={[f.name, 'title']}>
              <Input style={{ width: 160 }} />
            </Form.Item>
            <Form.Item label="原文" name={[f.name, 'wording']}>
              <Input style={{ width: 320 }} />
            </Form.Item>
            <Form.Item label="最少（家）" name={[f.name, 'min']}>
              <InputNumber style={{ width: 90 }} />
            </Form.Item>
            <Form.Item label="最多（家）" name={[f.name, 'max']}>
              <InputNumber style={{ width: 90 }} />
            </Form.Item>
          </Space>
        ))
      }
    </Form.List>
  );
}
