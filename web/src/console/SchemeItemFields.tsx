import { Card, Form, Input, InputNumber, Space } from 'antd';

/**
 * The items of a scheme part with their rules, as form fields named by their path in the scheme file
 * (sections.0.items.2.rules.1.points), so that the engine's problems land beside them.
 */
export function SchemeItemFields({ base, withSectionFields = false }: { base: (string | number)[]; withSectionFields?: boolean }) {
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
        {(items) =>
          items.map((item) => (
            <Card key={item.key} size="small" style={{ marginBottom: 8 }}>
              <Space wrap align="start">
                <Form.Item label="序号" name={[item.name, 'number']}>
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
                {(rules) =>
                  rules.map((rule) => (
                    <Space key={rule.key} wrap align="start" style={{ paddingInlineStart: 16 }}>
                      <Form.Item label="条款" name={[rule.name, 'code']}>
                        <Input style={{ width: 80 }} disabled />
                      </Form.Item>
                      <Form.Item label="条款原文" name={[rule.name, 'wording']}>
                        <Input style={{ width: 380 }} />
                      </Form.Item>
                      <Form.Item label="每次分值" name={[rule.name, 'points']}>
                        <InputNumber style={{ width: 100 }} />
                      </Form.Item>
                      <Form.Item label="上限" name={[rule.name, 'cap']}>
                        <InputNumber style={{ width: 100 }} />
                      </Form.Item>
                    </Space>
                  ))
                }
              </Form.List>
            </Card>
          ))
        }
      </Form.List>
    </>
  );
}
