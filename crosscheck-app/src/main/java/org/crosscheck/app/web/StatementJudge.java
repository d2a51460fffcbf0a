package org.crosscheck.app.web;

import org.crosscheck.verify.VerifyJob;
import org.crosscheck.verify.VerifyResult;

/**
 * Judges a statement against source articles: the pipeline's {@code verify}, whose models load
 * once per server. The server calls it for one statement at a time.
 */
@FunctionalInterface
public interface StatementJudge {

    VerifyResult verify(VerifyJob job);
}
