/**
 * {@code architect:suggest}: the findings of a run turned into the smallest edits of the document
 * that make them go away (an endpoint, column, table, dependency or technology the code has and the
 * document lacks; an endpoint the document lists and no code serves), written as a suggested copy and
 * a unified diff. Findings without a mechanical edit become notices; nothing is guessed.
 */
package io.github.architect.suggest;
