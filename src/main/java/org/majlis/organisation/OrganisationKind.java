package org.majlis.organisation;

import org.eclipse.microprofile.graphql.Description;

@Description("What an organisation is.")
public enum OrganisationKind {
    @Description("A sovereign state: Russia, Libya.")
    STATE,
    @Description("A government or governing council: the Government of National Unity, the Presidential Council.")
    GOVERNMENT,
    @Description("A ministry or department of a government.")
    MINISTRY,
    @Description("A state's armed forces or one of their commands, corps or staffs.")
    MILITARY,
    @Description("A non-state armed group.")
    ARMED_GROUP,
    @Description("A private military company: Wagner.")
    PRIVATE_MILITARY_COMPANY,
    @Description("An international body or mission: the UN Support Mission in Libya.")
    INTERNATIONAL,
    @Description("A news organisation.")
    MEDIA,
    @Description("A committee or commission: the Joint Military Commission.")
    COMMISSION
}
