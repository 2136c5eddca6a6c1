import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { FormErrors, showFieldErrors, type UserError } from '../shared/errors';
import { errorsOf } from './common';

const RevealComplaintContact = graphql(`
  mutation ConsoleRevealComplaintContact($input: RevealPersonalDataInput!) {
    revealComplaintContact(input: $input) {
      contact {
        name
        contact
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const RevealObjectionContact = graphql(`
  mutation ConsoleRevealObjectionContact($input: RevealPersonalDataInput!) {
    revealObjectionContact(input: $input) {
      contact {
        name
        contact
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/**
 * 查看完整信息: personal data is shown masked (张**, 138****8000); the full name and telephone are shown only
 * after the user states why (查看理由), and the server records who, when and why before answering.
 */
export function RevealContact({ kind, id, onRevealed }: { kind: 'complaint' | 'objection'; id: string; onRevealed?: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [shown, setShown] = useState<{ name?: string | null; contact?: string | null } | null>(null);
  const [complaintResult, revealComplaint] = useMutation(RevealComplaintContact);
  const [objectionResult, revealObjection] = useMutation(RevealObjectionContact);
  const fetching = complaintResult.fetching || objectionResult.fetching;
  const close = () => {
    setOpen(false);
    setShown(null);
    setErrors([]);
    form.resetFields();
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        查看完整信息
      </Button>
      <Modal
        title="查看完整信息"
        open={open}
        onCancel={close}
        destroyOnHidden
        footer={
          shown ? (
            <Button onClick={close}>完成</Button>
          ) : (
            <>
              <Button onClick={close}>取消</Button>
              <Button type="primary" loading={fetching} onClick={() => form.submit()}>
                {fetching ? '正在提交…' : '查看'}
              </Button>
            </>
          )
        }
      >
        {shown ? (
          <Descriptions bordered column={1} data-testid="revealed-contact">
            <Descriptions.Item label="姓名">{shown.name ?? '未填写'}</Descriptions.Item>
            <Descriptions.Item label="联系方式">{shown.contact ?? '未填写'}</Descriptions.Item>
          </Descriptions>
        ) : (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message="个人信息默认隐藏。查看完整信息须说明理由，查看人、时间和理由将被记录在案。"
            />
            <FormErrors errors={errors.filter((e) => e.field !== 'input.reason')} />
            <Form
              form={form}
              layout="vertical"
              initialValues={{ reason: '' }}
              onFinish={async (v) => {
                const input = { id, reason: v.reason };
                const { payload, error } =
                  kind === 'complaint'
                    ? await revealComplaint({ input }).then((r) => ({ payload: r.data?.revealComplaintContact, error: r.error }))
                    : await revealObjection({ input }).then((r) => ({ payload: r.data?.revealObjectionContact, error: r.error }));
                const list = errorsOf(payload, error);
                if (list.length) return setErrors(showFieldErrors(form, list));
                setErrors([]);
                setShown(payload?.contact ?? null);
                onRevealed?.();
              }}
            >
              <Form.Item label="查看理由" name="reason" rules={[{ required: true, message: '请填写查看理由' }]}>
                <Input.TextArea rows={3} maxLength={200} placeholder="如：电话回访投诉人核实现场情况" />
              </Form.Item>
            </Form>
            <Typography.Text type="secondary">理由至少 5 个字。</Typography.Text>
          </>
        )}
      </Modal>
    </>
  );
}
