/**
 * Report formats (SARIF, JUnit XML, JSON, HTML, Mermaid, GitHub Actions): they only format findings.
 */
package io.github.architect.report;
