import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { lengthOf } from '../settings/profile/profile-limits';
import { REPLY_TEXT_MAX, replyTextProblem } from './reply-text';

/**
 * The reply's text with its character count. No `maxLength`: the browser counts UTF-16 units and
 * would cut emoji-rich text the server accepts, so an overlong text is flagged instead.
 */
export function ReplyTextField({
  value,
  onChange,
  checked,
}: {
  value: string;
  onChange: (value: string) => void;
  /** Whether a save was tried, so a problem is shown. */
  checked: boolean;
}) {
  const { t } = useTranslation('autoReplies');
  const id = useId();
  const length = lengthOf(value);
  const problem = checked ? replyTextProblem(value) : undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('text.label')}
      </label>
      <textarea
        id={id}
        className="field__input reply-text"
        name="text"
        rows={5}
        dir="auto"
        value={value}
        aria-invalid={problem !== undefined}
        aria-describedby={`${id}-count${problem === undefined ? '' : ` ${id}-error`}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <span
        id={`${id}-count`}
        className={`field__hint reply-text__count${length > REPLY_TEXT_MAX ? ' reply-text__count--over' : ''}`}
      >
        {t('text.count', { used: formatNumber(length), max: formatNumber(REPLY_TEXT_MAX) })}
      </span>
      {problem !== undefined && (
        <span id={`${id}-error`} className="field__error" role="alert">
          {t(`text.${problem}`, { max: formatNumber(REPLY_TEXT_MAX) })}
        </span>
      )}
    </div>
  );
}
