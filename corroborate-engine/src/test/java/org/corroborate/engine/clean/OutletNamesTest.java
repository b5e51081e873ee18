package org.corroborate.engine.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutletNamesTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "##", value = {
        "© 2024 The Wexford Herald. All rights reserved. ## The Wexford Herald",
        "Copyright © 2023 The Brambling Gazette. All rights reserved. ## The Brambling Gazette",
        "Copyright 2022 Tidewater Press Agency. This material may not be published. ## Tidewater Press Agency",
        "© 2021 Quillfeather Media, LLC. All rights reserved. ## Quillfeather",
        "© 2019-2024 Northgate News Ltd. ## Northgate News",
        "(c) 2020 Ferrow Valley Times ## Ferrow Valley Times",
        "© 2024 Hollin Broadcasting Inc. | Privacy Policy | Terms ## Hollin Broadcasting",
    })
    void aCopyrightLineNamesItsHolderWithoutTheLegalForm(String line, String outlet) {
        assertThat(OutletNames.ofCopyright(line)).contains(outlet);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The council said copyright law had not been broken in 2024 by the mural.",
        "© Getty",
        "All rights reserved.",
        "Copyright 2024",
    })
    void proseAndBareNoticesNameNoOutlet(String line) {
        assertThat(OutletNames.ofCopyright(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "##", value = {
        "Ferry fares rise for the first time in a decade | The Wexford Herald ## Ferry fares rise for the first time in a decade ## The Wexford Herald",
        "Brambling Gazette: Mill reopens after flood ## Mill reopens after flood ## Brambling Gazette",
        "Mill reopens after flood - Northgate News ## Mill reopens after flood ## Northgate News",
    })
    void theSiteNameIsWhatThePageTitleAddsToTheHeadline(String pageTitle, String headline, String outlet) {
        assertThat(OutletNames.ofTitle(pageTitle, headline)).contains(outlet);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "##", value = {
        "Mill reopens after flood ## Mill reopens after flood",
        "Flood: what we know ## Mill reopens after flood",
        "Mill reopens after flood, and the town celebrates ## Mill reopens after flood",
    })
    void aTitleWithoutASeparatedSiteNameGivesNone(String pageTitle, String headline) {
        assertThat(OutletNames.ofTitle(pageTitle, headline)).isEmpty();
    }
}
