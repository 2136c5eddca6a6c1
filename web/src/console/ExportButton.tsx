import { useState } from 'react';
import { Button, Typography } from 'antd';
import { downloadWithToken } from '../shared/download';

/** 导出 Excel: downloads an export of the API with the user's token under a Chinese file name. */
export function ExportButton({ url, fileName, children }: { url: string; fileName: string; children: React.ReactNode }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        loading={busy}
        onClick={async () => {
          setBusy(true);
          setError(await downloadWithToken(url, fileName));
          setBusy(false);
        }}
      >
        {children}
      </Button>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </>
  );
}
