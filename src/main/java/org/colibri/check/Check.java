package org.colibri.check;

import org.colibri.diagnostic.Diagnostics;

/** One kind of problem looked for over a built site. */
interface Check {

    void run(CheckContext context, Diagnostics findings);
}
