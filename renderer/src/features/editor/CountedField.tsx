interface Props {
  label: string;
  className: string;
  placeholder: string;
  value: string;
  softLimit: number;
  maxLength: number;
  onChange(value: string): void;
}

/** A one-paragraph field (headline, standfirst) with a live character count against its soft limit. */
export function CountedField({ label, className, placeholder, value, softLimit, maxLength, onChange }: Props) {
  const length = [...value].length;
  const over = length > softLimit;
  return (
    <div className="counted-field">
      <textarea
        className={className}
        aria-label={label}
        placeholder={placeholder}
        rows={1}
        maxLength={maxLength}
        value={value}
        onChange={(e) => onChange(e.target.value.replace(/\s*\n\s*/g, ' '))}
      />
      <span className={over ? 'char-count over' : 'char-count'} data-testid={`${label.toLowerCase()}-count`} title={over ? `Over the ${softLimit}-character limit` : undefined}>
        {length}/{softLimit}
      </span>
    </div>
  );
}
