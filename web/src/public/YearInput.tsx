import { NumberInput, Space } from './ui';

/** The year a public list shows (exam results, county ratings, draws): a labelled whole number, 2000–2100. */
export function YearInput({ id, value, onChange }: { id: string; value: number; onChange: (year: number) => void }) {
  return (
    <Space align="center" style={{ marginBottom: 16 }}>
      <label htmlFor={id}>年度</label>
      <NumberInput id={id} min={2000} max={2100} value={value} onChange={onChange} />
    </Space>
  );
}
