package org.majlis.presence;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of military presence it is.")
public enum PresenceKind {
    @Description("Fighters of a private military company or other hired forces.")
    MERCENARIES,
    @Description("Troops or equipment sent to strengthen forces already there.")
    REINFORCEMENTS,
    @Description("A base used or held by the force.")
    BASE,
    @Description("Military advisers or trainers.")
    ADVISERS,
    @Description("Regular troops.")
    TROOPS
}
