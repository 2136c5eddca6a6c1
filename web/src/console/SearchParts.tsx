import { Button, Form, Input, Select } from 'antd';
import { Highlighted } from '../shared/text';
import { userErrorsOf, type UserError } from '../shared/errors';

/** The search form of the complaint and case lists: words and a status. */
export function SearchForm({
  statuses,
  onSearch,
}: {
  statuses: Record<string, string>;
  onSearch: (values: { query: string; status: string }) => void;
}) {
  const [form] = Form.useForm<{ query: string; status: string }>();
  return (
    <Form form={form} layout="inline" initialValues={{ query: '', status: '' }} onFinish={onSearch} style={{ marginBottom: 16 }}>
      <Form.Item label="关键词" name="query">
        <Input allowClear style={{ width: 280 }} />
      </Form.Item>
      <Form.Item label="状态" name="status">
        <Select
          style={{ width: 160 }}
          options={[{ value: '', label: '全部' }, ...Object.entries(statuses).map(([value, label]) => ({ value, label }))]}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          搜索
        </Button>
      </Form.Item>
    </Form>
  );
}

/** The highlighted fragments of a hit. */
export function Fragments({ highlights }: { highlights: { field: string; fragments: string[] }[] }) {
  return (
    <>
      {highlights.flatMap((h) =>
        h.fragments.map((f, i) => (
          <div key={`${h.field}-${i}`}>
            <Highlighted fragment={f} />
          </div>
        )),
      )}
    </>
  );
}

/** A mutation's problems: those of its payload, else those of a failed call. */
export function errorsOf(payload: { errors: UserError[] } | null | undefined, error: Parameters<typeof userErrorsOf>[0]): UserError[] {
  return payload?.errors.length ? payload.errors : error ? userErrorsOf(error) : [];
}
