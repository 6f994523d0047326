/**
 * How far coders agree: Cohen's and Fleiss' kappa, Krippendorff's alpha and unitizing alpha, and
 * percent agreement, computed by DKPro Statistics over coded passages of a chosen set of messages.
 */
package org.caucus.agreement;
