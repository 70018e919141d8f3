import { Extension, textInputRule } from '@tiptap/core';

/**
 * Typographer's quotes and dashes as you type: straight quotes become curly ones by context, "--"
 * becomes an em dash and "..." an ellipsis. (TipTap's Typography package lags the core version.)
 */
export const SmartQuotes = Extension.create({
  name: 'smartQuotes',
  addInputRules() {
    return [
      textInputRule({ find: /(?:^|[\s{[(<'"\u2018\u201C])(")$/, replace: '\u201C' }),
      textInputRule({ find: /"$/, replace: '\u201D' }),
      textInputRule({ find: /(?:^|[\s{[(<"\u201C])(')$/, replace: '\u2018' }),
      textInputRule({ find: /'$/, replace: '\u2019' }),
      textInputRule({ find: /--$/, replace: '\u2014' }),
      textInputRule({ find: /\.\.\.$/, replace: '\u2026' }),
    ];
  },
});
