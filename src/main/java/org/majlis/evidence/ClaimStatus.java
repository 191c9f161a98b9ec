package org.majlis.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("How sure a claim is, as the source words it.")
public enum ClaimStatus {
    @Description("The source states it as fact.")
    REPORTED,
    @Description("The source attributes it to others, e.g. 'media reports revealed'.")
    ALLEGED,
    @Description("Announced or likely, e.g. 'they are likely to meet'.")
    EXPECTED
}
