<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CheckCommand</name>
    <message>
        <source>helplines-cli check: give the file to check, for example “helplines-cli check directory.json”.</source>
        <translation>helplines-cli check: give the file to check, for example “helplines-cli check directory.json”.</translation>
    </message>
    <message numerus="yes">
        <source>%1: no problem found (%n service(s)).</source>
        <translation>
            <numerusform>%1: no problem found (%n service).</numerusform>
            <numerusform>%1: no problem found (%n services).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <extracomment>Summary of a check: the file, then &quot;2 errors&quot; and &quot;1 warning&quot; (translated separately)</extracomment>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a provisioning file, a directory file or a policies file and explain every problem found.</source>
        <translation>Check a provisioning file, a directory file or a policies file and explain every problem found.</translation>
    </message>
    <message>
        <source>The file to check.</source>
        <translation>The file to check.</translation>
    </message>
    <message>
        <source>What the file is: provisioning (an organisation&apos;s directory file, laid over the bundled directory or --directory&apos;s; the default for directory files), directory (a complete directory, such as the bundled one) or policies (the default for a file named policies.json or holding settings).</source>
        <translation>What the file is: provisioning (an organisation&apos;s directory file, laid over the bundled directory or --directory&apos;s; the default for directory files), directory (a complete directory, such as the bundled one) or policies (the default for a file named policies.json or holding settings).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>helplines-cli check: unknown type “%1”: use directory, provisioning or policies.</source>
        <translation>helplines-cli check: unknown type “%1”: use directory, provisioning or policies.</translation>
    </message>
    <message numerus="yes">
        <source>%1: no problem found (%n setting(s)).</source>
        <translation>
            <numerusform>%1: no problem found (%n setting).</numerusform>
            <numerusform>%1: no problem found (%n settings).</numerusform>
        </translation>
    </message>
    <message>
        <source>helplines-cli check: the directory %1 that the file changes cannot be read; check it with --type directory.</source>
        <translation>helplines-cli check: the directory %1 that the file changes cannot be read; check it with --type directory.</translation>
    </message>
    <message>
        <source>As a provisioning file, it changes %1, adds %2 and hides %3 of the directory.</source>
        <extracomment>What a provisioning file does: &quot;it changes 1 service, adds 2 services and hides 1 service&quot; (each number translated separately)</extracomment>
        <translation>As a provisioning file, it changes %1, adds %2 and hides %3 of the directory.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearDataCommand</name>
    <message>
        <source>Erase your favourites, the services you added and your settings</source>
        <translation>Erase your favourites, the services you added and your settings</translation>
    </message>
    <message>
        <source>Erase without asking (required when the input is not a terminal).</source>
        <translation>Erase without asking (required when the input is not a terminal).</translation>
    </message>
    <message>
        <source>This erases your favourites, the services you added and your settings (language, filters, window), with their backups, in %1. The directory of services and your organisation&apos;s settings are kept.</source>
        <translation>This erases your favourites, the services you added and your settings (language, filters, window), with their backups, in %1. The directory of services and your organisation&apos;s settings are kept.</translation>
    </message>
    <message>
        <source>helplines-cli clear-data: nothing was erased. %1 Run it again with --yes to confirm.</source>
        <translation>helplines-cli clear-data: nothing was erased. %1 Run it again with --yes to confirm.</translation>
    </message>
    <message>
        <source>Erase them? Type “yes” to confirm: </source>
        <translation>Erase them? Type “yes” to confirm: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Nothing was erased.</translation>
    </message>
    <message>
        <source>helplines-cli clear-data: %1 (%2)</source>
        <translation>helplines-cli clear-data: %1 (%2)</translation>
    </message>
    <message>
        <source>helplines-cli clear-data: these files could not be removed: %1</source>
        <translation>helplines-cli clear-data: these files could not be removed: %1</translation>
    </message>
    <message>
        <source>Your favourites, the services you added and your settings were erased.</source>
        <translation>Your favourites, the services you added and your settings were erased.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>helplines-cli %1: %2</source>
        <translation>helplines-cli %1: %2</translation>
    </message>
    <message>
        <source>Try “helplines-cli %1 --help”.</source>
        <translation>Try “helplines-cli %1 --help”.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use --lang fr or --lang en.</source>
        <translation>Unknown language “%1”: use --lang fr or --lang en.</translation>
    </message>
    <message>
        <source>Language of the output: fr or en (default: the system&apos;s).</source>
        <translation>Language of the output: fr or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Folder of the user&apos;s data (default: HELPLINES_DATA_DIR, or the platform&apos;s data folder).</source>
        <translation>Folder of the user&apos;s data (default: HELPLINES_DATA_DIR, or the platform&apos;s data folder).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>A directory file to use instead of the bundled directory.</source>
        <translation>A directory file to use instead of the bundled directory.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>ContactPresentation</name>
    <message>
        <source>Copy %1</source>
        <extracomment>Button and accessible name: copy one number or address, e.g. &quot;Copy 3114&quot;</extracomment>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Send a text message to %1</source>
        <translation>Send a text message to %1</translation>
    </message>
    <message>
        <source>Open the chat</source>
        <translation>Open the chat</translation>
    </message>
    <message>
        <source>Open the video call</source>
        <translation>Open the video call</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Open the website</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Write to %1</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <extracomment>Status bar and screen reader, after a number or address was copied</extracomment>
        <translation>%1 copied</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a text {&quot;fr&quot;: …, &quot;en&quot;: …}</source>
        <translation>a text {&quot;fr&quot;: …, &quot;en&quot;: …}</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot;</source>
        <translation>a date &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <source>The document must be %1, not %2.</source>
        <translation>The document must be %1, not %2.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>“%1” must be a whole number.</translation>
    </message>
    <message>
        <source>“%1” must be %2, not %3.</source>
        <translation>“%1” must be %2, not %3.</translation>
    </message>
    <message>
        <source>The required field “%1” is missing.</source>
        <translation>The required field “%1” is missing.</translation>
    </message>
    <message>
        <source>Unknown field “%1”; it is ignored.</source>
        <translation>Unknown field “%1”; it is ignored.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>This file is in format %1, which this version of Helplines cannot read.</source>
        <translation>This file is in format %1, which this version of Helplines cannot read.</translation>
    </message>
    <message>
        <source>“%1” is not a valid identifier.</source>
        <translation>“%1” is not a valid identifier.</translation>
    </message>
    <message>
        <source>The identifier “%1” is already used on line %2.</source>
        <translation>The identifier “%1” is already used on line %2.</translation>
    </message>
    <message>
        <source>“%1” lists “%2” more than once.</source>
        <translation>“%1” lists “%2” more than once.</translation>
    </message>
    <message>
        <source>The French text of “%1” is missing.</source>
        <translation>The French text of “%1” is missing.</translation>
    </message>
    <message>
        <source>The English translation of “%1” is missing.</source>
        <translation>The English translation of “%1” is missing.</translation>
    </message>
    <message>
        <source>“%1” must be a text in French and English, not a plain string.</source>
        <translation>“%1” must be a text in French and English, not a plain string.</translation>
    </message>
    <message>
        <source>“%1” has neither a French nor an English text.</source>
        <translation>“%1” has neither a French nor an English text.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value of “%2”.</source>
        <translation>“%1” is not a valid value of “%2”.</translation>
    </message>
    <message>
        <source>“%1” is a premium-rate number: calls cost more than a normal call.</source>
        <translation>“%1” is a premium-rate number: calls cost more than a normal call.</translation>
    </message>
    <message>
        <source>“%1” is not a French number (region %2).</source>
        <translation>“%1” is not a French number (region %2).</translation>
    </message>
    <message>
        <source>The emergency number “%1” is not a short number.</source>
        <translation>The emergency number “%1” is not a short number.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>“%1” is not a valid web address.</translation>
    </message>
    <message>
        <source>The address “%1” starts with “%2:”; only https and http addresses are allowed here.</source>
        <translation>The address “%1” starts with “%2:”; only https and http addresses are allowed here.</translation>
    </message>
    <message>
        <source>The address “%1” is not secure (http).</source>
        <translation>The address “%1” is not secure (http).</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>“%1” is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>“%1” is not a known time zone.</translation>
    </message>
    <message>
        <source>The hours are read in the time zone “%1”, but the public holidays are those of “%2”, whose time zone is “%3”.</source>
        <translation>The hours are read in the time zone “%1”, but the public holidays are those of “%2”, whose time zone is “%3”.</translation>
    </message>
    <message>
        <source>“%1” is not a supported public-holiday region.</source>
        <translation>“%1” is not a supported public-holiday region.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date.</source>
        <translation>“%1” is not a valid date.</translation>
    </message>
    <message>
        <source>The date “%1” is in the future.</source>
        <translation>The date “%1” is in the future.</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3, not %4.</source>
        <translation>“%1” must be between %2 and %3, not %4.</translation>
    </message>
    <message>
        <source>A regional service needs a “region”.</source>
        <translation>A regional service needs a “region”.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-2 region code.</source>
        <translation>“%1” is not an ISO 3166-2 region code.</translation>
    </message>
    <message>
        <source>“region” is ignored for a service whose scope is “%1”.</source>
        <translation>“region” is ignored for a service whose scope is “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>“%1” is not a language code.</translation>
    </message>
    <message>
        <source>The opening hours are not valid: %1</source>
        <translation>The opening hours are not valid: %1</translation>
    </message>
    <message>
        <source>The service “%1” is hidden by “hide” but defined in this same file.</source>
        <translation>The service “%1” is hidden by “hide” but defined in this same file.</translation>
    </message>
    <message>
        <source>“verified” is missing: nothing says when the facts were last checked.</source>
        <translation>“verified” is missing: nothing says when the facts were last checked.</translation>
    </message>
    <message>
        <source>“source” is missing: nothing says where the facts were checked.</source>
        <translation>“source” is missing: nothing says where the facts were checked.</translation>
    </message>
    <message>
        <source>A record without “source” or “verified” needs a “status_note” saying where its facts come from.</source>
        <translation>A record without “source” or “verified” needs a “status_note” saying where its facts come from.</translation>
    </message>
    <message>
        <source>Write it as {&quot;fr&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</source>
        <translation>Write it as {&quot;fr&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>Remove the double quotes around the value.</source>
        <translation>Remove the double quotes around the value.</translation>
    </message>
    <message>
        <source>Add it, for example: %1</source>
        <translation>Add it, for example: %1</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Did you mean “%1”?</translation>
    </message>
    <message>
        <source>The fields allowed here are: %1.</source>
        <translation>The fields allowed here are: %1.</translation>
    </message>
    <message>
        <source>Update Helplines, or ask the publisher of the file for format 1.</source>
        <translation>Update Helplines, or ask the publisher of the file for format 1.</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits and “-”, starting and ending with a letter or digit, at most 64 characters, such as “%1”.</source>
        <translation>Use only lower-case letters, digits and “-”, starting and ending with a letter or digit, at most 64 characters, such as “%1”.</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits and “-”, starting and ending with a letter or digit, at most 64 characters.</source>
        <translation>Use only lower-case letters, digits and “-”, starting and ending with a letter or digit, at most 64 characters.</translation>
    </message>
    <message>
        <source>Each identifier must be unique in a file: rename one of them or remove the repetition.</source>
        <translation>Each identifier must be unique in a file: rename one of them or remove the repetition.</translation>
    </message>
    <message>
        <source>Remove the repetition.</source>
        <translation>Remove the repetition.</translation>
    </message>
    <message>
        <source>Add &quot;fr&quot;: &quot;…&quot;; until then the English text is shown in French.</source>
        <translation>Add &quot;fr&quot;: &quot;…&quot;; until then the English text is shown in French.</translation>
    </message>
    <message>
        <source>Add &quot;en&quot;: &quot;…&quot;; until then the French text is shown in English.</source>
        <translation>Add &quot;en&quot;: &quot;…&quot;; until then the French text is shown in English.</translation>
    </message>
    <message>
        <source>Write it as {&quot;fr&quot;: &quot;%1&quot;, &quot;en&quot;: &quot;…&quot;}.</source>
        <translation>Write it as {&quot;fr&quot;: &quot;%1&quot;, &quot;en&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>Did you mean “%1”? The allowed values are: %2.</source>
        <translation>Did you mean “%1”? The allowed values are: %2.</translation>
    </message>
    <message>
        <source>The allowed values are: %1.</source>
        <translation>The allowed values are: %1.</translation>
    </message>
    <message>
        <source>People in distress may not be able to pay: give a free number too if the service has one, and state the cost in “cost” and “cost_note”.</source>
        <translation>People in distress may not be able to pay: give a free number too if the service has one, and state the cost in “cost” and “cost_note”.</translation>
    </message>
    <message>
        <source>Callers in France dial it as an international call; say so in the contact&apos;s label or note.</source>
        <translation>Callers in France dial it as an international call; say so in the contact&apos;s label or note.</translation>
    </message>
    <message>
        <source>The numbers of the emergency banner are short numbers such as 15, 112 or 114.</source>
        <translation>The numbers of the emergency banner are short numbers such as 15, 112 or 114.</translation>
    </message>
    <message>
        <source>Write a full address starting with https://, such as https://www.example.fr/page.</source>
        <translation>Write a full address starting with https://, such as https://www.example.fr/page.</translation>
    </message>
    <message>
        <source>Use https:// if the site offers it.</source>
        <translation>Use https:// if the site offers it.</translation>
    </message>
    <message>
        <source>Write the address alone, such as contact@example.fr, without “mailto:”.</source>
        <translation>Write the address alone, such as contact@example.fr, without “mailto:”.</translation>
    </message>
    <message>
        <source>Use an IANA time zone such as Europe/Paris, America/Martinique or Indian/Reunion.</source>
        <translation>Use an IANA time zone such as Europe/Paris, America/Martinique or Indian/Reunion.</translation>
    </message>
    <message>
        <source>If the service is located there, add &quot;timezone&quot;: &quot;%1&quot;.</source>
        <translation>If the service is located there, add &quot;timezone&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use one of: %1.</translation>
    </message>
    <message>
        <source>Write a real date as YYYY-MM-DD, such as 2026-11-23.</source>
        <translation>Write a real date as YYYY-MM-DD, such as 2026-11-23.</translation>
    </message>
    <message>
        <source>Write the date on which the facts were checked: %1 at the latest.</source>
        <translation>Write the date on which the facts were checked: %1 at the latest.</translation>
    </message>
    <message>
        <source>Latitude (lat) goes from -90 to 90 and longitude (lon) from -180 to 180; check that they are not swapped: Paris is at lat 48.8566, lon 2.3522.</source>
        <translation>Latitude (lat) goes from -90 to 90 and longitude (lon) from -180 to 180; check that they are not swapped: Paris is at lat 48.8566, lon 2.3522.</translation>
    </message>
    <message>
        <source>Add an ISO 3166-2 code, such as &quot;region&quot;: &quot;FR-OCC&quot;, or change the scope.</source>
        <translation>Add an ISO 3166-2 code, such as &quot;region&quot;: &quot;FR-OCC&quot;, or change the scope.</translation>
    </message>
    <message>
        <source>Codes look like FR-OCC (Occitanie) or FR-974 (La Réunion).</source>
        <translation>Codes look like FR-OCC (Occitanie) or FR-974 (La Réunion).</translation>
    </message>
    <message>
        <source>Remove “region”, or set &quot;scope&quot;: &quot;regional&quot;.</source>
        <translation>Remove “region”, or set &quot;scope&quot;: &quot;regional&quot;.</translation>
    </message>
    <message>
        <source>Use BCP 47 codes such as fr, en, fr-FR or fsl (French Sign Language).</source>
        <translation>Use BCP 47 codes such as fr, en, fr-FR or fsl (French Sign Language).</translation>
    </message>
    <message>
        <source>Remove the identifier from “hide”, or remove the service.</source>
        <translation>Remove the identifier from “hide”, or remove the service.</translation>
    </message>
    <message>
        <source>Add it when a public source or date exists; otherwise say in “status_note” where the facts come from.</source>
        <translation>Add it when a public source or date exists; otherwise say in “status_note” where the facts come from.</translation>
    </message>
    <message>
        <source>Add, for example: &quot;status_note&quot;: {&quot;fr&quot;: &quot;Document fondateur de 2020, non public.&quot;, &quot;en&quot;: &quot;Founding document of 2020, not public.&quot;}</source>
        <translation>Add, for example: &quot;status_note&quot;: {&quot;fr&quot;: &quot;Document fondateur de 2020, non public.&quot;, &quot;en&quot;: &quot;Founding document of 2020, not public.&quot;}</translation>
    </message>
    <message>
        <source>a list of categories</source>
        <translation>a list of categories</translation>
    </message>
    <message>
        <source>No service of the directory that this file changes has the identifier “%1”: hiding it changes nothing.</source>
        <translation>No service of the directory that this file changes has the identifier “%1”: hiding it changes nothing.</translation>
    </message>
    <message>
        <source>“%1” must be an absolute path, not “%2”.</source>
        <translation>“%1” must be an absolute path, not “%2”.</translation>
    </message>
    <message>
        <source>“%1” must be a setting with a value and a lock, not a plain value.</source>
        <translation>“%1” must be a setting with a value and a lock, not a plain value.</translation>
    </message>
    <message>
        <source>Did you mean “%1”? “helplines-cli list” shows the identifiers of the services.</source>
        <translation>Did you mean “%1”? “helplines-cli list” shows the identifiers of the services.</translation>
    </message>
    <message>
        <source>“helplines-cli list” shows the identifiers of the services.</source>
        <translation>“helplines-cli list” shows the identifiers of the services.</translation>
    </message>
    <message>
        <source>Write the full path, such as /etc/helplines/directory.json or C:\ProgramData\Helplines\directory.json.</source>
        <translation>Write the full path, such as /etc/helplines/directory.json or C:\ProgramData\Helplines\directory.json.</translation>
    </message>
    <message>
        <source>Write it as {&quot;value&quot;: %1, &quot;locked&quot;: true} to lock it, or with &quot;locked&quot;: false to make it a default that the user can change.</source>
        <translation>Write it as {&quot;value&quot;: %1, &quot;locked&quot;: true} to lock it, or with &quot;locked&quot;: false to make it a default that the user can change.</translation>
    </message>
    <message>
        <source>The file must hold one JSON object, in braces: { … }.</source>
        <translation>The file must hold one JSON object, in braces: { … }.</translation>
    </message>
    <message>
        <source>Write an object in braces: {&quot;key&quot;: value, …}.</source>
        <translation>Write an object in braces: {&quot;key&quot;: value, …}.</translation>
    </message>
    <message>
        <source>Write a list in square brackets: [ … ], even for a single item.</source>
        <translation>Write a list in square brackets: [ … ], even for a single item.</translation>
    </message>
    <message>
        <source>Write the value in double quotes: &quot;…&quot;.</source>
        <translation>Write the value in double quotes: &quot;…&quot;.</translation>
    </message>
    <message>
        <source>Write a whole number without quotes, such as 1.</source>
        <translation>Write a whole number without quotes, such as 1.</translation>
    </message>
    <message>
        <source>Write a number without quotes, with a dot for decimals: 48.85.</source>
        <translation>Write a number without quotes, with a dot for decimals: 48.85.</translation>
    </message>
    <message>
        <source>Write true or false, without quotes.</source>
        <translation>Write true or false, without quotes.</translation>
    </message>
    <message>
        <source>Write the date in double quotes as &quot;YYYY-MM-DD&quot;: &quot;2026-01-15&quot;.</source>
        <translation>Write the date in double quotes as &quot;YYYY-MM-DD&quot;: &quot;2026-01-15&quot;.</translation>
    </message>
</context>
<context>
    <name>DirectorySession</name>
    <message>
        <source>helplines-cli: the directory could not be read: %1</source>
        <translation>helplines-cli: the directory could not be read: %1</translation>
    </message>
    <message>
        <source>helplines-cli: warning: %1 (%2)</source>
        <translation>helplines-cli: warning: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>helplines-cli: warning: the directory file has %n error(s); the services concerned are left out. “helplines-cli check %1” explains them.</source>
        <translation>
            <numerusform>helplines-cli: warning: the directory file has %n error; the services concerned are left out. “helplines-cli check %1” explains them.</numerusform>
            <numerusform>helplines-cli: warning: the directory file has %n errors; the services concerned are left out. “helplines-cli check %1” explains them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>helplines-cli: warning: the bundled directory has %n error(s); the services concerned are left out. This is a defect of Helplines: please report it.</source>
        <translation>
            <numerusform>helplines-cli: warning: the bundled directory has %n error; the services concerned are left out. This is a defect of Helplines: please report it.</numerusform>
            <numerusform>helplines-cli: warning: the bundled directory has %n errors; the services concerned are left out. This is a defect of Helplines: please report it.</numerusform>
        </translation>
    </message>
    <message>
        <source>helplines-cli: warning: the service “%1” that you added cannot be read and is left out; it is kept in %2.</source>
        <translation>helplines-cli: warning: the service “%1” that you added cannot be read and is left out; it is kept in %2.</translation>
    </message>
    <message>
        <source>helplines-cli: warning: %1</source>
        <translation>helplines-cli: warning: %1</translation>
    </message>
</context>
<context>
    <name>Helplines::EmergencyBanner</name>
    <message>
        <source>Emergency:</source>
        <translation>Emergency:</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Emergency numbers</translation>
    </message>
    <message>
        <source>%1 %2 (SMS)</source>
        <translation>%1 %2 (SMS)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Copy %1, %2</source>
        <extracomment>Accessible name of an emergency banner button: what a click does, and for what</extracomment>
        <translation>Copy %1, %2</translation>
    </message>
    <message>
        <source>%1. Click to copy the number.</source>
        <translation>%1. Click to copy the number.</translation>
    </message>
</context>
<context>
    <name>Helplines::MainWindow</name>
    <message>
        <source>Your favourite could not be saved: %1</source>
        <translation>Your favourite could not be saved: %1</translation>
    </message>
    <message>
        <source>No service matches “%1”.</source>
        <translation>No service matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found.</source>
        <translation>
            <numerusform>%n service found.</numerusform>
            <numerusform>%n services found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Helplines</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Find a Service</source>
        <translation>&amp;Find a Service</translation>
    </message>
    <message>
        <source>&amp;Copy Number</source>
        <translation>&amp;Copy Number</translation>
    </message>
    <message>
        <source>Copy the selected service&apos;s number</source>
        <translation>Copy the selected service&apos;s number</translation>
    </message>
    <message>
        <source>Add to or Remove from &amp;Favourites</source>
        <translation>Add to or Remove from &amp;Favourites</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Next Pane</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>&amp;Previous Pane</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Helplines</source>
        <translation>&amp;About Helplines</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name, subject or number (Ctrl+F)</source>
        <translation>Name, subject or number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>Type a name, a subject or a number; the list below shows the services that match.</source>
        <translation>Type a name, a subject or a number; the list below shows the services that match.</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Show only the services of one category</source>
        <translation>Show only the services of one category</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Press Enter to see a service&apos;s details, Ctrl+C to copy its number.</source>
        <translation>Press Enter to see a service&apos;s details, Ctrl+C to copy its number.</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Service details</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Select a service first, then copy its number.</source>
        <translation>Select a service first, then copy its number.</translation>
    </message>
    <message>
        <source>%1 has no phone number to copy.</source>
        <translation>%1 has no phone number to copy.</translation>
    </message>
    <message>
        <source>No program on this computer can make calls. The number %1 was copied instead.</source>
        <translation>No program on this computer can make calls. The number %1 was copied instead.</translation>
    </message>
    <message>
        <source>This could not be opened: %1</source>
        <translation>This could not be opened: %1</translation>
    </message>
    <message>
        <source>Select a service first.</source>
        <translation>Select a service first.</translation>
    </message>
    <message>
        <source>%1 added to favourites.</source>
        <translation>%1 added to favourites.</translation>
    </message>
    <message>
        <source>%1 removed from favourites.</source>
        <translation>%1 removed from favourites.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>Go to the search field</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Down arrow</translation>
    </message>
    <message>
        <source>From the search field, go to the list of services</source>
        <translation>From the search field, go to the list of services</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the list, go to the selected service&apos;s details</source>
        <translation>In the list, go to the selected service&apos;s details</translation>
    </message>
    <message>
        <source>In the list, copy the selected service&apos;s number</source>
        <translation>In the list, copy the selected service&apos;s number</translation>
    </message>
    <message>
        <source>Add the selected service to favourites, or remove it</source>
        <translation>Add the selected service to favourites, or remove it</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Go to the next control, for example each contact&apos;s Copy button</source>
        <translation>Go to the next control, for example each contact&apos;s Copy button</translation>
    </message>
    <message>
        <source>Go to the next pane (emergency numbers, search, list, details)</source>
        <translation>Go to the next pane (emergency numbers, search, list, details)</translation>
    </message>
    <message>
        <source>Go to the previous pane</source>
        <translation>Go to the previous pane</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Show this list</translation>
    </message>
    <message>
        <source>Quit Helplines</source>
        <translation>Quit Helplines</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>About Helplines</source>
        <translation>About Helplines</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Helplines %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Free psychological support lines, and whether they answer now.&lt;/p&gt;&lt;p&gt;Helplines works offline. It sends nothing anywhere and keeps no record of what you search or copy.&lt;/p&gt;&lt;p&gt;Every record shows its source and the date it was last checked. In an emergency, call 15 or 112; deaf and hard-of-hearing people can text 114.&lt;/p&gt;&lt;p&gt;Licensed under the EUPL 1.2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Helplines %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Free psychological support lines, and whether they answer now.&lt;/p&gt;&lt;p&gt;Helplines works offline. It sends nothing anywhere and keeps no record of what you search or copy.&lt;/p&gt;&lt;p&gt;Every record shows its source and the date it was last checked. In an emergency, call 15 or 112; deaf and hard-of-hearing people can text 114.&lt;/p&gt;&lt;p&gt;Licensed under the EUPL 1.2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open now</source>
        <translation>&amp;Open now</translation>
    </message>
    <message>
        <source>Open now only</source>
        <translation>Open now only</translation>
    </message>
    <message>
        <source>Show only the services that answer now (Alt+O)</source>
        <translation>Show only the services that answer now (Alt+O)</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Show only the services you can reach this way</source>
        <translation>Show only the services you can reach this way</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Show only your organisation&apos;s, national or regional services</source>
        <translation>Show only your organisation&apos;s, national or regional services</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Text message (SMS)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>Sign language or deaf access</source>
        <translation>Sign language or deaf access</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) open now</source>
        <extracomment>Status bar, with the open-now filter on: &quot;5 of 17 services open now&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n service open now</numerusform>
            <numerusform>%1 of %n services open now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s), %1 open now</source>
        <extracomment>Status bar: &quot;17 services, 5 open now&quot;</extracomment>
        <translation>
            <numerusform>%n service, %1 open now</numerusform>
            <numerusform>%n services, %1 open now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) shown, %2 open now</source>
        <extracomment>Status bar with a search or filter: &quot;6 of 17 services shown, 2 open now&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n service shown, %2 open now</numerusform>
            <numerusform>%1 of %n services shown, %2 open now</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>&amp;Add a Service…</source>
        <translation>&amp;Add a Service…</translation>
    </message>
    <message>
        <source>Add a service you use yourself, such as your therapist or your site&apos;s occupational health service</source>
        <translation>Add a service you use yourself, such as your therapist or your site&apos;s occupational health service</translation>
    </message>
    <message>
        <source>&amp;Edit Service…</source>
        <translation>&amp;Edit Service…</translation>
    </message>
    <message>
        <source>Edit the selected service; only services you added can be edited</source>
        <translation>Edit the selected service; only services you added can be edited</translation>
    </message>
    <message>
        <source>&amp;Delete Service</source>
        <translation>&amp;Delete Service</translation>
    </message>
    <message>
        <source>Delete the selected service; only services you added can be deleted</source>
        <translation>Delete the selected service; only services you added can be deleted</translation>
    </message>
    <message>
        <source>The language is set by your organisation.</source>
        <translation>The language is set by your organisation.</translation>
    </message>
    <message>
        <source>The interface is now in English.</source>
        <extracomment>Said in the newly chosen language: the French translation names French</extracomment>
        <translation>The interface is now in English.</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Set by your organisation</translation>
    </message>
    <message>
        <source>Only the services you added can be edited.</source>
        <translation>Only the services you added can be edited.</translation>
    </message>
    <message>
        <source>Services of your own cannot be saved: Helplines&apos; data file is not available.</source>
        <translation>Services of your own cannot be saved: Helplines&apos; data file is not available.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <source>Discard the changes you made to this service?</source>
        <translation>Discard the changes you made to this service?</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>“%1” saved.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>“%1” added.</translation>
    </message>
    <message>
        <source>Only the services you added can be deleted.</source>
        <translation>Only the services you added can be deleted.</translation>
    </message>
    <message>
        <source>Delete Service</source>
        <translation>Delete Service</translation>
    </message>
    <message>
        <source>Delete “%1” from your services? This cannot be undone.</source>
        <translation>Delete “%1” from your services? This cannot be undone.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>“%1” could not be deleted: %2</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>“%1” deleted.</translation>
    </message>
    <message>
        <source>Add a service of your own</source>
        <translation>Add a service of your own</translation>
    </message>
    <message>
        <source>Edit the selected service, if you added it</source>
        <translation>Edit the selected service, if you added it</translation>
    </message>
    <message>
        <source>In the list, delete the selected service, if you added it</source>
        <translation>In the list, delete the selected service, if you added it</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Clear the search (Escape)</source>
        <translation>Clear the search (Escape)</translation>
    </message>
    <message>
        <source>Your organisation does not allow services of your own.</source>
        <translation>Your organisation does not allow services of your own.</translation>
    </message>
    <message>
        <source>Search cleared.</source>
        <translation>Search cleared.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1 or Menu key</source>
        <translation>%1 or Menu key</translation>
    </message>
    <message>
        <source>In the list, open the selected service&apos;s menu</source>
        <translation>In the list, open the selected service&apos;s menu</translation>
    </message>
    <message>
        <source>Back to the search field; in the search field, clear it</source>
        <translation>Back to the search field; in the search field, clear it</translation>
    </message>
    <message>
        <source>Your favourite was saved, but the automatic backup of your data could not be written: %1</source>
        <translation>Your favourite was saved, but the automatic backup of your data could not be written: %1</translation>
    </message>
    <message>
        <source>&amp;Hide Window Now (Escape twice)</source>
        <extracomment>Escape twice: the keys of the quick hide</extracomment>
        <translation>&amp;Hide Window Now (Escape twice)</translation>
    </message>
    <message>
        <source>Minimise the window at once and clear the search, for a shared or watched screen</source>
        <translation>Minimise the window at once and clear the search, for a shared or watched screen</translation>
    </message>
    <message>
        <source>C&amp;lear My Data…</source>
        <translation>C&amp;lear My Data…</translation>
    </message>
    <message>
        <source>Erase your favourites, the services you added and your settings</source>
        <translation>Erase your favourites, the services you added and your settings</translation>
    </message>
    <message>
        <source>Clear My Data</source>
        <translation>Clear My Data</translation>
    </message>
    <message>
        <source>Erase your favourites, the services you added and your settings (language, filters, window size), with their automatic backups? The directory of services is kept. This cannot be undone.</source>
        <translation>Erase your favourites, the services you added and your settings (language, filters, window size), with their automatic backups? The directory of services is kept. This cannot be undone.</translation>
    </message>
    <message>
        <source>Your data could not be erased in full: %1</source>
        <translation>Your data could not be erased in full: %1</translation>
    </message>
    <message>
        <source>Your favourites, the services you added and your settings were erased.</source>
        <translation>Your favourites, the services you added and your settings were erased.</translation>
    </message>
    <message>
        <source>Escape twice</source>
        <translation>Escape twice</translation>
    </message>
    <message>
        <source>Hide the window at once (minimise it) and clear the search, for a shared or watched screen</source>
        <translation>Hide the window at once (minimise it) and clear the search, for a shared or watched screen</translation>
    </message>
</context>
<context>
    <name>Helplines::NoticeBar</name>
    <message>
        <source>Notice</source>
        <extracomment>Accessible name of the bar that shows a lasting notice above the list of services</extracomment>
        <translation>Notice</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Dismiss the notice</translation>
    </message>
    <message>
        <source>Hide this notice until Helplines is started again</source>
        <translation>Hide this notice until Helplines is started again</translation>
    </message>
</context>
<context>
    <name>Helplines::ServiceDetailsPane</name>
    <message>
        <source>%1 (not translated)</source>
        <extracomment>Marks a text of the directory shown in the other language because it has no translation</extracomment>
        <translation>%1 (not translated)</translation>
    </message>
    <message>
        <source>Remove %1 from favourites</source>
        <translation>Remove %1 from favourites</translation>
    </message>
    <message>
        <source>Add %1 to favourites</source>
        <translation>Add %1 to favourites</translation>
    </message>
    <message>
        <source>Choose a service in the list to see how to reach it.</source>
        <translation>Choose a service in the list to see how to reach it.</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Hours not known</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>How to reach them</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Hours: %1</translation>
    </message>
    <message>
        <source>This number could not be checked.</source>
        <translation>This number could not be checked.</translation>
    </message>
    <message>
        <source>About this service</source>
        <translation>About this service</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Run by</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonymity</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Deaf and hard of hearing</source>
        <translation>Deaf and hard of hearing</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>Listed by</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A contact&apos;s own availability: &quot;Chat: Open now · until 22:00&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The hours of this record cannot be read: %1</source>
        <translation>The hours of this record cannot be read: %1</translation>
    </message>
    <message>
        <source>The week ahead</source>
        <translation>The week ahead</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A day of the schedule that is a public holiday: &quot;Closed (Easter Monday)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Times are given in your time zone (%1).</source>
        <translation>Times are given in your time zone (%1).</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>contact</comment>
        <extracomment>Accessible name of a contact&apos;s number or address: its kind and the value, e.g. &quot;Phone: 09 72 39 40 50&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>day and hours</comment>
        <extracomment>A day of the schedule as a screen reader reads it: &quot;Monday 12 January (today): 9:00 to 18:00&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>fact and value</comment>
        <extracomment>A fact about a service as a screen reader reads it: &quot;Cost: Free&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the source</source>
        <translation>Open the source</translation>
    </message>
    <message>
        <source>Open %1 in the web browser</source>
        <translation>Open %1 in the web browser</translation>
    </message>
</context>
<context>
    <name>Helplines::ServiceEditorDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Add a Service</source>
        <translation>Add a Service</translation>
    </message>
    <message>
        <source>A service you use yourself: your therapist, your site&apos;s occupational health service… It is kept on this computer only, with the same checks as the directory&apos;s services.</source>
        <translation>A service you use yourself: your therapist, your site&apos;s occupational health service… It is kept on this computer only, with the same checks as the directory&apos;s services.</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>The service</translation>
    </message>
    <message>
        <source>Name in &amp;French:</source>
        <translation>Name in &amp;French:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Name in &amp;English:</translation>
    </message>
    <message>
        <source>Give a name in French, in English or in both.</source>
        <translation>Give a name in French, in English or in both.</translation>
    </message>
    <message>
        <source>&amp;Description in French:</source>
        <translation>&amp;Description in French:</translation>
    </message>
    <message>
        <source>Description in English:</source>
        <translation>Description in English:</translation>
    </message>
    <message>
        <source>What the service offers, in one or two sentences.</source>
        <translation>What the service offers, in one or two sentences.</translation>
    </message>
    <message>
        <source>&amp;Who it is for, in French:</source>
        <translation>&amp;Who it is for, in French:</translation>
    </message>
    <message>
        <source>Who it is for, in English:</source>
        <translation>Who it is for, in English:</translation>
    </message>
    <message>
        <source>Whom the service is for, for example “Staff of the Lyon site”.</source>
        <translation>Whom the service is for, for example “Staff of the Lyon site”.</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Services you add are yours alone: they are not shared.</source>
        <translation>Services you add are yours alone: they are not shared.</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>How to reach them</translation>
    </message>
    <message>
        <source>&amp;Add a Contact</source>
        <translation>&amp;Add a Contact</translation>
    </message>
    <message>
        <source>Add another way to reach the service: a number, an e-mail address or a website.</source>
        <translation>Add another way to reach the service: a number, an e-mail address or a website.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>The opening hours in the OpenStreetMap syntax, for example “Mo-Fr 09:00-18:00”, “Mo-Fr 08:00-12:00,14:00-17:00; PH off” or “24/7”. Leave empty when you do not know them.</source>
        <translation>The opening hours in the OpenStreetMap syntax, for example “Mo-Fr 09:00-18:00”, “Mo-Fr 08:00-12:00,14:00-17:00; PH off” or “24/7”. Leave empty when you do not know them.</translation>
    </message>
    <message>
        <source>for example Mo-Fr 09:00-18:00</source>
        <translation>for example Mo-Fr 09:00-18:00</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>The time zone in which the hours are given; choose one or type another, such as America/Montreal.</source>
        <translation>The time zone in which the hours are given; choose one or type another, such as America/Montreal.</translation>
    </message>
    <message>
        <source>Public ho&amp;lidays:</source>
        <translation>Public ho&amp;lidays:</translation>
    </message>
    <message>
        <source>Whose public holidays the rule&apos;s “PH” means, and which number plan checks the phone numbers.</source>
        <translation>Whose public holidays the rule&apos;s “PH” means, and which number plan checks the phone numbers.</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Other details</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>C&amp;ost:</translation>
    </message>
    <message>
        <source>Anon&amp;ymous:</source>
        <translation>Anon&amp;ymous:</translation>
    </message>
    <message>
        <source>Whether you can contact the service without giving your name.</source>
        <translation>Whether you can contact the service without giving your name.</translation>
    </message>
    <message>
        <source>Deaf and hard of hearing access</source>
        <translation>Deaf and hard of hearing access</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Anything else to remember, shown with the hours: by appointment only, ask for the nurse at reception…</source>
        <translation>Anything else to remember, shown with the hours: by appointment only, ask for the nurse at reception…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A public-holiday region and its code: &quot;Moselle (FR-57)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Number or address:</source>
        <translation>Number or address:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>Remove contact %1</translation>
    </message>
    <message>
        <source>Contact %1: kind</source>
        <translation>Contact %1: kind</translation>
    </message>
    <message>
        <source>Contact %1: number or address</source>
        <translation>Contact %1: number or address</translation>
    </message>
    <message>
        <source>A phone number as it is dialled (01 23 45 67 89, 3114), a web address (https://…) or an e-mail address.</source>
        <translation>A phone number as it is dialled (01 23 45 67 89, 3114), a web address (https://…) or an e-mail address.</translation>
    </message>
    <message>
        <source>Contact %1: label</source>
        <translation>Contact %1: label</translation>
    </message>
    <message>
        <source>What this contact is, for example “Secretariat” or “Mobile”.</source>
        <translation>What this contact is, for example “Secretariat” or “Mobile”.</translation>
    </message>
    <message>
        <source>Hours not known: the service will say “Hours unknown”.</source>
        <translation>Hours not known: the service will say “Hours unknown”.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>A correction that the opening-hours engine makes to a rule it accepts
----------
A remark of the service editor that does not keep the service from being saved</extracomment>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>The badge is shown once the time zone is known.</source>
        <translation>The badge is shown once the time zone is known.</translation>
    </message>
    <message>
        <source>Badge now: %1</source>
        <extracomment>Preview, in the service editor, of the badge the hours give now</extracomment>
        <translation>Badge now: %1</translation>
    </message>
    <message>
        <source>Give the service a name, in French or in English.</source>
        <translation>Give the service a name, in French or in English.</translation>
    </message>
    <message>
        <source>Add at least one way to reach the service: a number, an e-mail address or a website.</source>
        <translation>Add at least one way to reach the service: a number, an e-mail address or a website.</translation>
    </message>
    <message>
        <source>Write the number or the address, or remove this contact.</source>
        <translation>Write the number or the address, or remove this contact.</translation>
    </message>
    <message>
        <source>The public holidays are those of %1, whose time zone is %2: choose %2 if the service is located there.</source>
        <extracomment>%1: the holiday region&apos;s code, %2: its time zone</extracomment>
        <translation>The public holidays are those of %1, whose time zone is %2: choose %2 if the service is located there.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A problem in the service editor followed by how to fix it</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>This service cannot be saved yet: %n problem(s) to correct, marked below.</source>
        <translation>
            <numerusform>This service cannot be saved yet: %n problem to correct, marked below.</numerusform>
            <numerusform>This service cannot be saved yet: %n problems to correct, marked below.</numerusform>
        </translation>
    </message>
    <message>
        <source>This service could not be saved: %1</source>
        <translation>This service could not be saved: %1</translation>
    </message>
    <message>
        <source>Discard the changes you made to this service?</source>
        <translation>Discard the changes you made to this service?</translation>
    </message>
</context>
<context>
    <name>Helplines::ServiceListModel</name>
    <message>
        <source>favourite</source>
        <translation>favourite</translation>
    </message>
    <message>
        <source>text message to %1</source>
        <translation>text message to %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the parts of a service&apos;s spoken summary</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>. </source>
        <extracomment>Separator between the parts of a service&apos;s spoken description</extracomment>
        <translation>. </translation>
    </message>
    <message>
        <source>added by you</source>
        <extracomment>In a service&apos;s spoken summary, for a service the user added</extracomment>
        <translation>added by you</translation>
    </message>
    <message>
        <source>from your organisation</source>
        <extracomment>In a service&apos;s spoken summary, for a service the user&apos;s organisation provides</extracomment>
        <translation>from your organisation</translation>
    </message>
    <message>
        <source>Open now, 24 hours a day</source>
        <extracomment>In a service&apos;s spoken summary: the line answers now, and at any hour</extracomment>
        <translation>Open now, 24 hours a day</translation>
    </message>
    <message>
        <source>Not translated</source>
        <extracomment>In a service&apos;s spoken description: its name or audience is in the other language</extracomment>
        <translation>Not translated</translation>
    </message>
    <message>
        <source>not translated</source>
        <extracomment>Next to a name or audience shown in the other language, on a service&apos;s card</extracomment>
        <translation>not translated</translation>
    </message>
</context>
<context>
    <name>HoursBatch</name>
    <message>
        <source>The line is longer than %1 bytes.</source>
        <translation>The line is longer than %1 bytes.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”: give an IANA time zone such as “Europe/Paris”.</source>
        <translation>Unknown time zone “%1”: give an IANA time zone such as “Europe/Paris”.</translation>
    </message>
    <message>
        <source>Unknown region “%1”: give one of %2.</source>
        <translation>Unknown region “%1”: give one of %2.</translation>
    </message>
    <message>
        <source>The line is empty: a JSON object was expected.</source>
        <translation>The line is empty: a JSON object was expected.</translation>
    </message>
    <message>
        <source>The line is not valid JSON: %1 (byte %2).</source>
        <translation>The line is not valid JSON: %1 (byte %2).</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>The line is not a JSON object.</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>The field “%1” is missing.</translation>
    </message>
    <message>
        <source>The field “%1” must be a string.</source>
        <translation>The field “%1” must be a string.</translation>
    </message>
    <message>
        <source>Unsupported country “%1”: only “FR” (France) is supported.</source>
        <translation>Unsupported country “%1”: only “FR” (France) is supported.</translation>
    </message>
    <message>
        <source>The region “%1” is not in the country “%2”.</source>
        <translation>The region “%1” is not in the country “%2”.</translation>
    </message>
    <message>
        <source>“%1” has no offset from UTC: add one, as in “2026-01-12T09:00:00+01:00” or “2026-01-12T08:00:00Z”.</source>
        <translation>“%1” has no offset from UTC: add one, as in “2026-01-12T09:00:00+01:00” or “2026-01-12T08:00:00Z”.</translation>
    </message>
</context>
<context>
    <name>HoursCommand</name>
    <message>
        <source>open</source>
        <comment>state of a line</comment>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>state of a line</comment>
        <translation>closed</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>state of a line</comment>
        <translation>unknown</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Format of a day for QLocale::toString (dddd weekday, d day, MMMM month, yyyy year)</extracomment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A day, then a time of day: &quot;Monday 12 January 2026 at 18:00&quot;</extracomment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Say what an opening_hours rule means at an instant, and in plain words.</source>
        <translation>Say what an opening_hours rule means at an instant, and in plain words.</translation>
    </message>
    <message>
        <source>The opening_hours rule, in quotes: &quot;Mo-Fr 09:00-18:00&quot;.</source>
        <translation>The opening_hours rule, in quotes: &quot;Mo-Fr 09:00-18:00&quot;.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>The instant, in ISO 8601: 2026-01-12T09:00:00+01:00, or without an offset for a wall-clock time in the zone of --tz (a time skipped in spring moves forward by the change, a repeated one is the first). Default: now.</source>
        <translation>The instant, in ISO 8601: 2026-01-12T09:00:00+01:00, or without an offset for a wall-clock time in the zone of --tz (a time skipped in spring moves forward by the change, a repeated one is the first). Default: now.</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>The IANA time zone of the rule, such as Europe/Paris or Indian/Reunion. Default: the system&apos;s.</source>
        <translation>The IANA time zone of the rule, such as Europe/Paris or Indian/Reunion. Default: the system&apos;s.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>The public holidays: %1. Default: FR.</source>
        <translation>The public holidays: %1. Default: FR.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Latitude for sunrise and sunset, with --lon. Default: Paris, 48.8566.</source>
        <translation>Latitude for sunrise and sunset, with --lon. Default: Paris, 48.8566.</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>degrees</translation>
    </message>
    <message>
        <source>Longitude for sunrise and sunset, with --lat. Default: Paris, 2.3522.</source>
        <translation>Longitude for sunrise and sunset, with --lat. Default: Paris, 2.3522.</translation>
    </message>
    <message>
        <source>Print one JSON object: state, comment, next_change (ISO 8601 with offset, or null) and description; or error and column (1-based) for a rule that does not parse.</source>
        <translation>Print one JSON object: state, comment, next_change (ISO 8601 with offset, or null) and description; or error and column (1-based) for a rule that does not parse.</translation>
    </message>
    <message>
        <source>Read JSON Lines on the standard input, one object {&quot;rule&quot;, &quot;tz&quot;, &quot;country&quot;: &quot;FR&quot;, &quot;at&quot;} per line (optional &quot;region&quot;: &quot;FR-57&quot;), and write one line per input line: {&quot;state&quot;, &quot;comment&quot;, &quot;next_change&quot;}, {&quot;error&quot;, &quot;column&quot;} for a rule that does not parse, or {&quot;error&quot;} for a wrong line. Exit code 0 unless the input cannot be read.</source>
        <translation>Read JSON Lines on the standard input, one object {&quot;rule&quot;, &quot;tz&quot;, &quot;country&quot;: &quot;FR&quot;, &quot;at&quot;} per line (optional &quot;region&quot;: &quot;FR-57&quot;), and write one line per input line: {&quot;state&quot;, &quot;comment&quot;, &quot;next_change&quot;}, {&quot;error&quot;, &quot;column&quot;} for a rule that does not parse, or {&quot;error&quot;} for a wrong line. Exit code 0 unless the input cannot be read.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Hint: %1</translation>
    </message>
    <message>
        <source>helplines-cli hours: --batch reads the rule, zone, country and instant from each input line; give no rule and none of --at, --tz, --region, --lat, --lon and --json.</source>
        <translation>helplines-cli hours: --batch reads the rule, zone, country and instant from each input line; give no rule and none of --at, --tz, --region, --lat, --lon and --json.</translation>
    </message>
    <message>
        <source>helplines-cli hours: give a rule, for example helplines-cli hours &quot;Mo-Fr 09:00-18:00; PH off&quot;.</source>
        <translation>helplines-cli hours: give a rule, for example helplines-cli hours &quot;Mo-Fr 09:00-18:00; PH off&quot;.</translation>
    </message>
    <message>
        <source>helplines-cli hours: give one rule, in quotes: “%1” is one too many.</source>
        <translation>helplines-cli hours: give one rule, in quotes: “%1” is one too many.</translation>
    </message>
    <message>
        <source>helplines-cli hours: unknown time zone “%1”. Give an IANA time zone such as Europe/Paris, America/Cayenne or Indian/Reunion.</source>
        <translation>helplines-cli hours: unknown time zone “%1”. Give an IANA time zone such as Europe/Paris, America/Cayenne or Indian/Reunion.</translation>
    </message>
    <message>
        <source>helplines-cli hours: unknown region “%1”. Known regions: %2.</source>
        <translation>helplines-cli hours: unknown region “%1”. Known regions: %2.</translation>
    </message>
    <message>
        <source>helplines-cli hours: give both --lat and --lon, or neither.</source>
        <translation>helplines-cli hours: give both --lat and --lon, or neither.</translation>
    </message>
    <message>
        <source>helplines-cli hours: --lat must be a number of degrees from -90 to 90 and --lon from -180 to 180, with a dot: --lat 48.8566 --lon 2.3522.</source>
        <translation>helplines-cli hours: --lat must be a number of degrees from -90 to 90 and --lon from -180 to 180, with a dot: --lat 48.8566 --lon 2.3522.</translation>
    </message>
    <message>
        <source>helplines-cli hours: %1</source>
        <translation>helplines-cli hours: %1</translation>
    </message>
    <message>
        <source>At: %1 (%2, %3)</source>
        <extracomment>The instant asked about: &quot;Monday 12 January 2026 at 10:00 (2026-01-12T10:00:00+01:00, Europe/Paris)&quot;</extracomment>
        <translation>At: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Comment: “%1”</source>
        <translation>Comment: “%1”</translation>
    </message>
    <message>
        <source>Next change: %1 (%2)</source>
        <extracomment>&quot;Monday 12 January 2026 at 18:00 (2026-01-12T18:00:00+01:00)&quot;</extracomment>
        <translation>Next change: %1 (%2)</translation>
    </message>
    <message>
        <source>Next change: none within 366 days</source>
        <translation>Next change: none within 366 days</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Canonical form: %1</source>
        <translation>Canonical form: %1</translation>
    </message>
    <message>
        <source>helplines-cli hours: the standard input could not be read.</source>
        <translation>helplines-cli hours: the standard input could not be read.</translation>
    </message>
</context>
<context>
    <name>IsoDateTime</name>
    <message>
        <source>“%1” is not a date and time in ISO 8601 form such as “2026-01-12T09:00:00+01:00”.</source>
        <translation>“%1” is not a date and time in ISO 8601 form such as “2026-01-12T09:00:00+01:00”.</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar.</source>
        <translation>“%1” is not a day of the calendar.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day.</source>
        <translation>“%1” is not a time of day.</translation>
    </message>
    <message>
        <source>The offset from UTC of “%1” is out of range (at most 23:59).</source>
        <translation>The offset from UTC of “%1” is out of range (at most 23:59).</translation>
    </message>
</context>
<context>
    <name>JsonError</name>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>The file cannot be read: %1.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 bytes.</source>
        <translation>The file is larger than the limit of %1 bytes.</translation>
    </message>
    <message>
        <source>The file is not encoded in UTF-8 (it looks like UTF-16 or UTF-32).</source>
        <translation>The file is not encoded in UTF-8 (it looks like UTF-16 or UTF-32).</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid UTF-8.</source>
        <translation>The file contains bytes that are not valid UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Unexpected character “%1”.</source>
        <translation>Unexpected character “%1”.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a value.</source>
        <translation>The file ends in the middle of a value.</translation>
    </message>
    <message>
        <source>A value is expected here.</source>
        <translation>A value is expected here.</translation>
    </message>
    <message>
        <source>A key in double quotes is expected here.</source>
        <translation>A key in double quotes is expected here.</translation>
    </message>
    <message>
        <source>A colon “:” is expected after the key.</source>
        <translation>A colon “:” is expected after the key.</translation>
    </message>
    <message>
        <source>A comma “,” or a closing “%1” is expected here.</source>
        <translation>A comma “,” or a closing “%1” is expected here.</translation>
    </message>
    <message>
        <source>A comma is followed by no value.</source>
        <translation>A comma is followed by no value.</translation>
    </message>
    <message>
        <source>There is more text after the end of the document.</source>
        <translation>There is more text after the end of the document.</translation>
    </message>
    <message>
        <source>Comments are not allowed in JSON.</source>
        <translation>Comments are not allowed in JSON.</translation>
    </message>
    <message>
        <source>Strings must be written in double quotes, not single quotes.</source>
        <translation>Strings must be written in double quotes, not single quotes.</translation>
    </message>
    <message>
        <source>Strings must be written in straight double quotes (&quot;), not typographic quotes (%1).</source>
        <translation>Strings must be written in straight double quotes (&quot;), not typographic quotes (%1).</translation>
    </message>
    <message>
        <source>“%1” is not a JSON value.</source>
        <translation>“%1” is not a JSON value.</translation>
    </message>
    <message>
        <source>The string is never closed.</source>
        <translation>The string is never closed.</translation>
    </message>
    <message>
        <source>A string contains the control character %1.</source>
        <translation>A string contains the control character %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid escape sequence.</source>
        <translation>“%1” is not a valid escape sequence.</translation>
    </message>
    <message>
        <source>The escape “%1” is half of a surrogate pair without the other half.</source>
        <translation>The escape “%1” is half of a surrogate pair without the other half.</translation>
    </message>
    <message>
        <source>“%1” is not a valid JSON number.</source>
        <translation>“%1” is not a valid JSON number.</translation>
    </message>
    <message>
        <source>The number “%1” is too large or too small to be represented.</source>
        <translation>The number “%1” is too large or too small to be represented.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice in the same object.</source>
        <translation>The key “%1” appears twice in the same object.</translation>
    </message>
    <message>
        <source>Values are nested more than %1 levels deep.</source>
        <translation>Values are nested more than %1 levels deep.</translation>
    </message>
    <message>
        <source>A string is longer than the limit of %1 characters.</source>
        <translation>A string is longer than the limit of %1 characters.</translation>
    </message>
    <message>
        <source>The file contains more than %1 values.</source>
        <translation>The file contains more than %1 values.</translation>
    </message>
    <message>
        <source>Split the directory into smaller files or check that this is the right file.</source>
        <translation>Split the directory into smaller files or check that this is the right file.</translation>
    </message>
    <message>
        <source>Save the file again with the encoding “UTF-8”.</source>
        <translation>Save the file again with the encoding “UTF-8”.</translation>
    </message>
    <message>
        <source>Save the file again with the encoding “UTF-8”; it may have been saved as Latin-1 or Windows-1252.</source>
        <translation>Save the file again with the encoding “UTF-8”; it may have been saved as Latin-1 or Windows-1252.</translation>
    </message>
    <message>
        <source>A value is a string in double quotes, a number, an object {…}, an array […], true, false or null.</source>
        <translation>A value is a string in double quotes, a number, an object {…}, an array […], true, false or null.</translation>
    </message>
    <message>
        <source>The “%1” on line %2, column %3 is never closed; the file may be truncated.</source>
        <translation>The “%1” on line %2, column %3 is never closed; the file may be truncated.</translation>
    </message>
    <message>
        <source>Check that every “{”, “[” and “&quot;” is closed; the file may be truncated.</source>
        <translation>Check that every “{”, “[” and “&quot;” is closed; the file may be truncated.</translation>
    </message>
    <message>
        <source>Write the key in double quotes: &quot;key&quot;: value.</source>
        <translation>Write the key in double quotes: &quot;key&quot;: value.</translation>
    </message>
    <message>
        <source>Write the key and its value as &quot;key&quot;: value.</source>
        <translation>Write the key and its value as &quot;key&quot;: value.</translation>
    </message>
    <message>
        <source>Separate values with commas; a comma may be missing at the end of the previous line.</source>
        <translation>Separate values with commas; a comma may be missing at the end of the previous line.</translation>
    </message>
    <message>
        <source>Remove the comma after the last value.</source>
        <translation>Remove the comma after the last value.</translation>
    </message>
    <message>
        <source>A JSON file holds one value; remove what follows it or put everything in one object.</source>
        <translation>A JSON file holds one value; remove what follows it or put everything in one object.</translation>
    </message>
    <message>
        <source>Remove the comment; a field such as &quot;note&quot; can hold text for people.</source>
        <translation>Remove the comment; a field such as &quot;note&quot; can hold text for people.</translation>
    </message>
    <message>
        <source>Replace the single quotes around the string with double quotes.</source>
        <translation>Replace the single quotes around the string with double quotes.</translation>
    </message>
    <message>
        <source>A word processor may have replaced the quotes; edit the file in a plain text editor and type straight double quotes.</source>
        <translation>A word processor may have replaced the quotes; edit the file in a plain text editor and type straight double quotes.</translation>
    </message>
    <message>
        <source>Write strings in double quotes; the only bare words in JSON are true, false and null (in lower case).</source>
        <translation>Write strings in double quotes; the only bare words in JSON are true, false and null (in lower case).</translation>
    </message>
    <message>
        <source>Add the closing double quote; a double quote inside a string is written \&quot;.</source>
        <translation>Add the closing double quote; a double quote inside a string is written \&quot;.</translation>
    </message>
    <message>
        <source>Write a line break as \n and a tab as \t inside strings, or close the string before the end of the line.</source>
        <translation>Write a line break as \n and a tab as \t inside strings, or close the string before the end of the line.</translation>
    </message>
    <message>
        <source>The escapes are \&quot;, \\, \/, \b, \f, \n, \r, \t and \u followed by four hexadecimal digits; write a backslash as \\.</source>
        <translation>The escapes are \&quot;, \\, \/, \b, \f, \n, \r, \t and \u followed by four hexadecimal digits; write a backslash as \\.</translation>
    </message>
    <message>
        <source>Write the character itself in UTF-8, or both halves of the pair (\ud83d\ude00).</source>
        <translation>Write the character itself in UTF-8, or both halves of the pair (\ud83d\ude00).</translation>
    </message>
    <message>
        <source>Numbers are written like -12, 3.5 or 1e6, without leading zeros, a “+” sign or a trailing point; write other values in double quotes.</source>
        <translation>Numbers are written like -12, 3.5 or 1e6, without leading zeros, a “+” sign or a trailing point; write other values in double quotes.</translation>
    </message>
    <message>
        <source>Write the number in double quotes if it is an identifier.</source>
        <translation>Write the number in double quotes if it is an identifier.</translation>
    </message>
    <message>
        <source>Remove one of them; the first one is on line %1, column %2.</source>
        <translation>Remove one of them; the first one is on line %1, column %2.</translation>
    </message>
    <message>
        <source>Check that this is the right file; directory files never come close to this limit.</source>
        <translation>Check that this is the right file; directory files never come close to this limit.</translation>
    </message>
    <message>
        <source>Check that this is the right file and that it was saved completely: a JSON document starts with { or [.</source>
        <translation>Check that this is the right file and that it was saved completely: a JSON document starts with { or [.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the services of the directory, favourites first.</source>
        <translation>List the services of the directory, favourites first.</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per service.</source>
        <translation>Print a JSON array, one object per service.</translation>
    </message>
    <message>
        <source>helplines-cli list: unexpected argument “%1”.</source>
        <translation>helplines-cli list: unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>%1 (SMS)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>Only the services open now (or at --at); a service whose hours are unknown is not open.</source>
        <translation>Only the services open now (or at --at); a service whose hours are unknown is not open.</translation>
    </message>
    <message>
        <source>Evaluate the hours at this instant, ISO 8601 with an offset (2026-01-12T09:00+01:00); default: now.</source>
        <translation>Evaluate the hours at this instant, ISO 8601 with an offset (2026-01-12T09:00+01:00); default: now.</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>helplines-cli list: “%1” is not an instant: use ISO 8601 with an offset, for example 2026-01-12T09:00+01:00.</source>
        <translation>helplines-cli list: “%1” is not an instant: use ISO 8601 with an offset, for example 2026-01-12T09:00+01:00.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursComment</name>
    <message>
        <source>School holidays are not known for this place.</source>
        <translation>School holidays are not known for this place.</translation>
    </message>
    <message>
        <source>School holidays of %1 are not known yet.</source>
        <translation>School holidays of %1 are not known yet.</translation>
    </message>
    <message>
        <source>Public holidays are not known for this place.</source>
        <translation>Public holidays are not known for this place.</translation>
    </message>
    <message>
        <source>Day before %1</source>
        <translation>Day before %1</translation>
    </message>
    <message>
        <source>Day after %1</source>
        <translation>Day after %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before %1</source>
        <translation>
            <numerusform>%n day before %1</numerusform>
            <numerusform>%n days before %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n day after %1</numerusform>
            <numerusform>%n days after %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Specified as open end. Closing time was guessed.</source>
        <translation>Specified as open end. Closing time was guessed.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursDescription</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>of January</source>
        <translation>of January</translation>
    </message>
    <message>
        <source>of February</source>
        <translation>of February</translation>
    </message>
    <message>
        <source>of March</source>
        <translation>of March</translation>
    </message>
    <message>
        <source>of April</source>
        <translation>of April</translation>
    </message>
    <message>
        <source>of May</source>
        <translation>of May</translation>
    </message>
    <message>
        <source>of June</source>
        <translation>of June</translation>
    </message>
    <message>
        <source>of July</source>
        <translation>of July</translation>
    </message>
    <message>
        <source>of August</source>
        <translation>of August</translation>
    </message>
    <message>
        <source>of September</source>
        <translation>of September</translation>
    </message>
    <message>
        <source>of October</source>
        <translation>of October</translation>
    </message>
    <message>
        <source>of November</source>
        <translation>of November</translation>
    </message>
    <message>
        <source>of December</source>
        <translation>of December</translation>
    </message>
    <message>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <source>third</source>
        <translation>third</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>fourth</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>fifth</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>second to last</translation>
    </message>
    <message>
        <source>third to last</source>
        <translation>third to last</translation>
    </message>
    <message>
        <source>fourth to last</source>
        <translation>fourth to last</translation>
    </message>
    <message>
        <source>fifth to last</source>
        <translation>fifth to last</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n day after %1</numerusform>
            <numerusform>%n days after %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before %1</source>
        <translation>
            <numerusform>%n day before %1</numerusform>
            <numerusform>%n days before %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>range of weekday names without article</comment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>the %1 %2 of the month</source>
        <translation>the %1 %2 of the month</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>every day</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>one weekday, as in &apos;Monday 9:00 to 12:00&apos;</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>range of weekdays, as in &apos;Monday to Friday&apos;</comment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>school holidays</source>
        <translation>school holidays</translation>
    </message>
    <message>
        <source>the day before public holidays</source>
        <translation>the day before public holidays</translation>
    </message>
    <message>
        <source>the day after public holidays</source>
        <translation>the day after public holidays</translation>
    </message>
    <message>
        <source>public holidays</source>
        <translation>public holidays</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month, as in &apos;25 December&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>the %1 %2 %3</source>
        <comment>as in &apos;the last Sunday of October&apos;</comment>
        <translation>the %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date and its year, as in &apos;25 December 2026&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Easter and its year, as in &apos;Easter Sunday 2026&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a month, as in &apos;in December&apos;</comment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>one date, as in &apos;25 December 9:00 to 12:00&apos;</comment>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n day(s)</source>
        <translation>
            <numerusform>%1, every %n day</numerusform>
            <numerusform>%1, every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n week(s)</source>
        <translation>
            <numerusform>%1, every %n week</numerusform>
            <numerusform>%1, every %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>from a year on, as in &apos;from 2020&apos;</comment>
        <translation>from %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a year, as in &apos;in 2020&apos;</comment>
        <translation>in %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n year(s)</source>
        <translation>
            <numerusform>%1, every %n year</numerusform>
            <numerusform>%1, every %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>midnight</translation>
    </message>
    <message>
        <source>sunrise</source>
        <translation>sunrise</translation>
    </message>
    <message>
        <source>sunset</source>
        <translation>sunset</translation>
    </message>
    <message>
        <source>dawn</source>
        <translation>dawn</translation>
    </message>
    <message>
        <source>dusk</source>
        <translation>dusk</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <comment>a length of time after a solar event</comment>
        <translation>%1 after %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <comment>a length of time before a solar event</comment>
        <translation>%1 before %2</translation>
    </message>
    <message>
        <source>from %1, closing time not given</source>
        <translation>from %1, closing time not given</translation>
    </message>
    <message>
        <source>%1 to %2 the next morning</source>
        <translation>%1 to %2 the next morning</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>time range, as in &apos;9:00 to 18:00&apos;</comment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1, possibly later</source>
        <translation>%1, possibly later</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>all day</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a day after &apos;closed&apos;, as in &apos;closed on Sunday&apos;; French needs no word</comment>
        <translation>on %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>closed days, then hours: &apos;on Monday 12:00 to 14:00&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <source>24 hours a day, 7 days a week</source>
        <translation>24 hours a day, 7 days a week</translation>
    </message>
    <message>
        <source>%1, all day</source>
        <translation>%1, all day</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days, then hours: &apos;Monday to Friday 9:00 to 18:00&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>opening not certain</source>
        <translation>opening not certain</translation>
    </message>
    <message>
        <source>%1, opening not certain</source>
        <translation>%1, opening not certain</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <comment>a description and the rule&apos;s own comment</comment>
        <translation>%1 (“%2”)</translation>
    </message>
    <message>
        <source>otherwise: %1</source>
        <comment>a fallback rule, used when the others say closed</comment>
        <translation>otherwise: %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between two rules</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>in week %1</source>
        <translation>in week %1</translation>
    </message>
    <message>
        <source>in weeks %1 to %2</source>
        <translation>in weeks %1 to %2</translation>
    </message>
    <message>
        <source>also %1</source>
        <comment>a rule that adds hours to the previous ones</comment>
        <translation>also %1</translation>
    </message>
    <message>
        <source>instead: %1</source>
        <comment>a rule that replaces all the previous ones</comment>
        <translation>instead: %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>range of months, as in &apos;from January to March&apos;</comment>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>range of dates, as in &apos;from 24 December to 1 January&apos;</comment>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>range of years, as in &apos;from 2020 to 2022&apos;</comment>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>every day, %1</source>
        <translation>every day, %1</translation>
    </message>
</context>
<context>
    <name>OpeningHoursError</name>
    <message>
        <source>The opening hours are empty.</source>
        <translation>The opening hours are empty.</translation>
    </message>
    <message>
        <source>“%1” is not understood at column %2.</source>
        <translation>“%1” is not understood at column %2.</translation>
    </message>
    <message>
        <source>The opening hours stop too early, at column %1.</source>
        <translation>The opening hours stop too early, at column %1.</translation>
    </message>
    <message>
        <source>“%1” at column %2 is not a valid time.</source>
        <translation>“%1” at column %2 is not a valid time.</translation>
    </message>
    <message>
        <source>“%1” at column %2 is not a valid date.</source>
        <translation>“%1” at column %2 is not a valid date.</translation>
    </message>
    <message>
        <source>“%1” at column %2 is not a valid weekday.</source>
        <translation>“%1” at column %2 is not a valid weekday.</translation>
    </message>
    <message>
        <source>The range at column %1 does not fit together.</source>
        <translation>The range at column %1 does not fit together.</translation>
    </message>
    <message>
        <source>The comment that starts at column %1 is not closed.</source>
        <translation>The comment that starts at column %1 is not closed.</translation>
    </message>
    <message>
        <source>The opening hours are too long (more than %1 characters).</source>
        <translation>The opening hours are too long (more than %1 characters).</translation>
    </message>
    <message>
        <source>The opening hours are too complex.</source>
        <translation>The opening hours are too complex.</translation>
    </message>
    <message>
        <source>Times are written with a colon, not with “h” (column %1).</source>
        <translation>Times are written with a colon, not with “h” (column %1).</translation>
    </message>
    <message>
        <source>“%1” at column %2 is French, not the opening hours syntax.</source>
        <translation>“%1” at column %2 is French, not the opening hours syntax.</translation>
    </message>
    <message>
        <source>“%1” at column %2 uses the 12-hour clock.</source>
        <translation>“%1” at column %2 uses the 12-hour clock.</translation>
    </message>
    <message>
        <source>The time “%1” at column %2 has no minutes.</source>
        <translation>The time “%1” at column %2 has no minutes.</translation>
    </message>
    <message>
        <source>“%1” at column %2 is unusual.</source>
        <translation>“%1” at column %2 is unusual.</translation>
    </message>
    <message>
        <source>“%1” at column %2 looks like a character of the syntax but is another one.</source>
        <translation>“%1” at column %2 looks like a character of the syntax but is another one.</translation>
    </message>
    <message>
        <source>“%1” at column %2 is not a word of the opening hours syntax.</source>
        <translation>“%1” at column %2 is not a word of the opening hours syntax.</translation>
    </message>
    <message>
        <source>Hours and minutes are separated by a dot at column %1.</source>
        <translation>Hours and minutes are separated by a dot at column %1.</translation>
    </message>
    <message>
        <source>There is an empty rule at column %1.</source>
        <translation>There is an empty rule at column %1.</translation>
    </message>
    <message>
        <source>A time range is needed at column %1, not a single time.</source>
        <translation>A time range is needed at column %1, not a single time.</translation>
    </message>
    <message>
        <source>Repeated times (“/”) are not supported, at column %1.</source>
        <translation>Repeated times (“/”) are not supported, at column %1.</translation>
    </message>
    <message>
        <source>The weekday number at column %1 must be 1 to 5 or -1 to -5.</source>
        <translation>The weekday number at column %1 must be 1 to 5 or -1 to -5.</translation>
    </message>
    <message>
        <source>Week numbers go from 1 to 53, at column %1.</source>
        <translation>Week numbers go from 1 to 53, at column %1.</translation>
    </message>
    <message>
        <source>The year at column %1 is not valid.</source>
        <translation>The year at column %1 is not valid.</translation>
    </message>
    <message>
        <source>Write the hours, for example “Mo-Fr 09:00-18:00”, or “24/7”.</source>
        <translation>Write the hours, for example “Mo-Fr 09:00-18:00”, or “24/7”.</translation>
    </message>
    <message>
        <source>Use the opening_hours syntax, for example “Mo-Fr 09:00-12:00,14:00-18:00; PH off”; put free text in double quotes.</source>
        <translation>Use the opening_hours syntax, for example “Mo-Fr 09:00-12:00,14:00-18:00; PH off”; put free text in double quotes.</translation>
    </message>
    <message>
        <source>Write times as hours and minutes from 00:00 to 24:00, for example “09:30”.</source>
        <translation>Write times as hours and minutes from 00:00 to 24:00, for example “09:30”.</translation>
    </message>
    <message>
        <source>Write dates as a month and a day, for example “Dec 25”.</source>
        <translation>Write dates as a month and a day, for example “Dec 25”.</translation>
    </message>
    <message>
        <source>Use Mo, Tu, We, Th, Fr, Sa and Su.</source>
        <translation>Use Mo, Tu, We, Th, Fr, Sa and Su.</translation>
    </message>
    <message>
        <source>Give both ends of a range in the same form, for example “Jan-Mar” or “Jan 10-Mar 15”.</source>
        <translation>Give both ends of a range in the same form, for example “Jan-Mar” or “Jan 10-Mar 15”.</translation>
    </message>
    <message>
        <source>End the comment with a double quote (&quot;).</source>
        <translation>End the comment with a double quote (&quot;).</translation>
    </message>
    <message>
        <source>Shorten the opening hours.</source>
        <translation>Shorten the opening hours.</translation>
    </message>
    <message>
        <source>Write “09:00-18:00” rather than “9h-18h”, and “24/7” for every hour of every day.</source>
        <translation>Write “09:00-18:00” rather than “9h-18h”, and “24/7” for every hour of every day.</translation>
    </message>
    <message>
        <source>Use Mo, Tu, We, Th, Fr, Sa, Su for the days and “24/7” for “7j/7 24h/24”.</source>
        <translation>Use Mo, Tu, We, Th, Fr, Sa, Su for the days and “24/7” for “7j/7 24h/24”.</translation>
    </message>
    <message>
        <source>Write times on the 24-hour clock, for example “13:00” for 1pm.</source>
        <translation>Write times on the 24-hour clock, for example “13:00” for 1pm.</translation>
    </message>
    <message>
        <source>Write hours with minutes, for example “09:00-18:00” for “9-18”.</source>
        <translation>Write hours with minutes, for example “09:00-18:00” for “9-18”.</translation>
    </message>
    <message>
        <source>Use the plain characters “-”, “:” and &quot;…&quot;.</source>
        <translation>Use the plain characters “-”, “:” and &quot;…&quot;.</translation>
    </message>
    <message>
        <source>Write “10:00” rather than “10.00”.</source>
        <translation>Write “10:00” rather than “10.00”.</translation>
    </message>
    <message>
        <source>Remove the extra separator.</source>
        <translation>Remove the extra separator.</translation>
    </message>
    <message>
        <source>Give a start and an end, for example “10:00-12:00”, or an open end “10:00+”.</source>
        <translation>Give a start and an end, for example “10:00-12:00”, or an open end “10:00+”.</translation>
    </message>
    <message>
        <source>Give the time ranges themselves.</source>
        <translation>Give the time ranges themselves.</translation>
    </message>
    <message>
        <source>For example “Su[-1]” is the last Sunday of the month, “Mo[1,3]” the first and third Mondays.</source>
        <translation>For example “Su[-1]” is the last Sunday of the month, “Mo[1,3]” the first and third Mondays.</translation>
    </message>
    <message>
        <source>For example “week 01-26”.</source>
        <translation>For example “week 01-26”.</translation>
    </message>
    <message>
        <source>Write years with four digits, a range from the earlier year, for example “2020-2025”.</source>
        <translation>Write years with four digits, a range from the earlier year, for example “2020-2025”.</translation>
    </message>
    <message>
        <source>Suggested: “%1”.</source>
        <translation>Suggested: “%1”.</translation>
    </message>
</context>
<context>
    <name>PhoneNumberError</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <source>The phone number “%1” contains “%2”, which is not part of a number.</source>
        <translation>The phone number “%1” contains “%2”, which is not part of a number.</translation>
    </message>
    <message numerus="yes">
        <source>The phone number “%1” is too short: it has %n digit(s).</source>
        <translation>
            <numerusform>The phone number “%1” is too short: it has %n digit.</numerusform>
            <numerusform>The phone number “%1” is too short: it has %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number “%1” is too long: it has %n digit(s).</source>
        <translation>
            <numerusform>The phone number “%1” is too long: it has %n digit.</numerusform>
            <numerusform>The phone number “%1” is too long: it has %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone number “%1” does not start with 0 or with a country code.</source>
        <translation>The phone number “%1” does not start with 0 or with a country code.</translation>
    </message>
    <message>
        <source>“%1” is not a known short number.</source>
        <translation>“%1” is not a known short number.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation>“%1” is not a valid phone number.</translation>
    </message>
    <message>
        <source>Phone numbers of the region “%1” are not supported.</source>
        <translation>Phone numbers of the region “%1” are not supported.</translation>
    </message>
    <message>
        <source>Write the number as its operator publishes it, such as “0 800 130 000” or “3114”.</source>
        <translation>Write the number as its operator publishes it, such as “0 800 130 000” or “3114”.</translation>
    </message>
    <message>
        <source>Write only digits, spaces, dots or dashes, and “+” before a country code; put extensions, letters and explanations in the contact&apos;s “note”.</source>
        <translation>Write only digits, spaces, dots or dashes, and “+” before a country code; put extensions, letters and explanations in the contact&apos;s “note”.</translation>
    </message>
    <message>
        <source>A French number has 10 digits and starts with 0 (“01 45 39 40 00”); short numbers have 2 to 6 digits (“15”, “3114”, “116 111”).</source>
        <translation>A French number has 10 digits and starts with 0 (“01 45 39 40 00”); short numbers have 2 to 6 digits (“15”, “3114”, “116 111”).</translation>
    </message>
    <message>
        <source>Write a French number with its leading 0 (“0 800 130 000”) or in international form (“+33 800 130 000”).</source>
        <translation>Write a French number with its leading 0 (“0 800 130 000”) or in international form (“+33 800 130 000”).</translation>
    </message>
    <message>
        <source>Check the number with the service; short numbers in use in France include 15, 112, 114, 119 and 3114.</source>
        <translation>Check the number with the service; short numbers in use in France include 15, 112, 114, 119 and 3114.</translation>
    </message>
    <message>
        <source>Check the number with the service: no line uses these digits in the French numbering plan, or in the country of its code.</source>
        <translation>Check the number with the service: no line uses these digits in the French numbering plan, or in the country of its code.</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>Show the settings in force, whether each is locked, and where it comes from.</source>
        <translation>Show the settings in force, whether each is locked, and where it comes from.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Print a JSON object.</translation>
    </message>
    <message>
        <source>helplines-cli policy: unexpected argument “%1”.</source>
        <translation>helplines-cli policy: unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>System folder: %1</source>
        <translation>System folder: %1</translation>
    </message>
    <message>
        <source>Settings in force:</source>
        <translation>Settings in force:</translation>
    </message>
    <message>
        <source>all</source>
        <extracomment>The value of the &quot;categories&quot; setting when no category is hidden</extracomment>
        <translation>all</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The value of the &quot;provisioningFile&quot; setting when there is none</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>not locked</translation>
    </message>
    <message>
        <source>The provisioning file %1 is present.</source>
        <translation>The provisioning file %1 is present.</translation>
    </message>
    <message>
        <source>The provisioning file %1 is missing, although a setting names it.</source>
        <translation>The provisioning file %1 is missing, although a setting names it.</translation>
    </message>
    <message>
        <source>There is no provisioning file (%1 is absent).</source>
        <translation>There is no provisioning file (%1 is absent).</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>%1: absent</source>
        <translation>%1: absent</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n setting(s)</source>
        <translation>
            <numerusform>%1: %n setting</numerusform>
            <numerusform>%1: %n settings</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
</context>
<context>
    <name>PolicySource</name>
    <message>
        <source>default</source>
        <extracomment>Where a setting comes from: Helplines&apos; own default</extracomment>
        <translation>default</translation>
    </message>
    <message>
        <source>the registry, %1</source>
        <extracomment>Where a setting comes from; %1 is a registry key</extracomment>
        <translation>the registry, %1</translation>
    </message>
    <message>
        <source>managed preferences, %1</source>
        <extracomment>Where a setting comes from on macOS; %1 is a .plist file</extracomment>
        <translation>managed preferences, %1</translation>
    </message>
    <message>
        <source>the user&apos;s choice</source>
        <extracomment>Where a setting comes from: the user chose it in the window&apos;s menu</extracomment>
        <translation>the user&apos;s choice</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>the command line</translation>
    </message>
</context>
<context>
    <name>PolicySources</name>
    <message numerus="yes">
        <source>Your organisation&apos;s settings have %n error(s); the settings concerned keep their defaults. “helplines-cli policy” lists them.</source>
        <translation>
            <numerusform>Your organisation&apos;s settings have %n error; the setting concerned keeps its default. “helplines-cli policy” shows it.</numerusform>
            <numerusform>Your organisation&apos;s settings have %n errors; the settings concerned keep their defaults. “helplines-cli policy” lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceAvailability</name>
    <message>
        <source>Paris</source>
        <translation>Paris</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>French Guiana</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint Pierre and Miquelon</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>New Caledonia</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>French Polynesia</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis and Futuna</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A badge: headline and detail, e.g. &quot;Open now · until 18:00&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A badge read by a screen reader, e.g. &quot;Open now, until 18:00&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Hours unknown</translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translation>Open 24 hours</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Closing soon</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>Open now · until 18:00</extracomment>
        <translation>until %1</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <extracomment>Open now · until Monday 9:00</extracomment>
        <translation>until %1 %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translation>opens at %1</translation>
    </message>
    <message>
        <source>opens tomorrow at %1</source>
        <translation>opens tomorrow at %1</translation>
    </message>
    <message>
        <source>opens %1 at %2</source>
        <extracomment>Closed · opens Monday at 9:00</extracomment>
        <translation>opens %1 at %2</translation>
    </message>
    <message>
        <source>opens on %1 at %2</source>
        <extracomment>Closed · opens on 12 January at 9:00</extracomment>
        <translation>opens on %1 at %2</translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <extracomment>The service&apos;s local time and place after a time in the user&apos;s zone: &quot;(9:00 in Réunion)&quot;</extracomment>
        <translation>%1 (%2 in %3)</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <extracomment>A record whose facts were checked long ago: &quot;Last checked March 2025&quot;</extracomment>
        <translation>Last checked %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a date</comment>
        <extracomment>Open now · until 12 January</extracomment>
        <translation>until %1</translation>
    </message>
</context>
<context>
    <name>ServiceDirectory</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of the services you added could not be read and is not shown. It is kept in Helplines&apos; data file.</source>
        <translation>
            <numerusform>%n of the services you added could not be read and is not shown. It is kept in Helplines&apos; data file.</numerusform>
            <numerusform>%n of the services you added could not be read and are not shown. They are kept in Helplines&apos; data file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your organisation&apos;s services could not be loaded: %1 The services of the Helplines directory are shown without them. “helplines-cli check %2” explains why.</source>
        <translation>Your organisation&apos;s services could not be loaded: %1 The services of the Helplines directory are shown without them. “helplines-cli check %2” explains why.</translation>
    </message>
    <message numerus="yes">
        <source>Your organisation&apos;s directory file has %n error(s); the services concerned are left out or shown as the Helplines directory has them. “helplines-cli check %1” explains them.</source>
        <translation>
            <numerusform>Your organisation&apos;s directory file has %n error; the service concerned is left out or shown as the Helplines directory has it. “helplines-cli check %1” explains it.</numerusform>
            <numerusform>Your organisation&apos;s directory file has %n errors; the services concerned are left out or shown as the Helplines directory has them. “helplines-cli check %1” explains them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your organisation&apos;s settings show only its own services, but it provides none: %1 is missing. The services of the Helplines directory are shown.</source>
        <translation>Your organisation&apos;s settings show only its own services, but it provides none: %1 is missing. The services of the Helplines directory are shown.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 cannot be opened: %2.</translation>
    </message>
    <message>
        <source>It is not a directory file.</source>
        <translation>It is not a directory file.</translation>
    </message>
    <message>
        <source>%1 Your favourites and the services you added are not available.</source>
        <translation>%1 Your favourites and the services you added are not available.</translation>
    </message>
</context>
<context>
    <name>ServiceStore</name>
    <message>
        <source>Helplines&apos; data file was missing or empty. Your favourites, your own services and your settings were restored from the automatic backup of %1.</source>
        <translation>Helplines&apos; data file was missing or empty. Your favourites, your own services and your settings were restored from the automatic backup of %1.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file was damaged.</source>
        <translation>Helplines&apos; data file was damaged.</translation>
    </message>
    <message>
        <source>It was set aside as %1 and a new one was created.</source>
        <translation>It was set aside as %1 and a new one was created.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file was written by a newer version of Helplines. It is left as it is for that version.</source>
        <translation>Helplines&apos; data file was written by a newer version of Helplines. It is left as it is for that version.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file cannot be written: it is read-only.</source>
        <translation>Helplines&apos; data file cannot be written: it is read-only.</translation>
    </message>
    <message>
        <source>Your favourites, your own services and your settings were restored from the automatic backup of %1.</source>
        <translation>Your favourites, your own services and your settings were restored from the automatic backup of %1.</translation>
    </message>
    <message>
        <source>No backup of your favourites, own services and settings could be found.</source>
        <translation>No backup of your favourites, own services and settings could be found.</translation>
    </message>
    <message>
        <source>Changes you make now will not be kept.</source>
        <translation>Changes you make now will not be kept.</translation>
    </message>
</context>
<context>
    <name>ServiceTexts</name>
    <message>
        <source>Employee assistance</source>
        <translation>Employee assistance</translation>
    </message>
    <message>
        <source>Suicide prevention</source>
        <translation>Suicide prevention</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Child protection</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Young people</translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation>Addiction</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Someone to talk to</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Psychological support</translation>
    </message>
    <message>
        <source>Deaf and hard of hearing</source>
        <translation>Deaf and hard of hearing</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Unverified information</source>
        <translation>Unverified information</translation>
    </message>
    <message>
        <source>May no longer be in service</source>
        <translation>May no longer be in service</translation>
    </message>
    <message>
        <source>Cost not known</source>
        <translation>Cost not known</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Price of a normal call</source>
        <translation>Price of a normal call</translation>
    </message>
    <message>
        <source>Premium rate</source>
        <translation>Premium rate</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Text message (SMS)</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Sign language</translation>
    </message>
    <message>
        <source>Cued speech</source>
        <translation>Cued speech</translation>
    </message>
    <message>
        <source>Real-time text or subtitles</source>
        <translation>Real-time text or subtitles</translation>
    </message>
    <message>
        <source>Relay service</source>
        <translation>Relay service</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Text messages</translation>
    </message>
    <message>
        <source>Helplines directory</source>
        <translation>Helplines directory</translation>
    </message>
    <message>
        <source>Provided by your organisation</source>
        <translation>Provided by your organisation</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Added by you</translation>
    </message>
    <message>
        <source>Anonymity not stated</source>
        <translation>Anonymity not stated</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Not anonymous</source>
        <translation>Not anonymous</translation>
    </message>
    <message>
        <source>Your own</source>
        <extracomment>Scope of the services the user added for themselves</extracomment>
        <translation>Your own</translation>
    </message>
    <message>
        <source>Yours</source>
        <extracomment>Tag on the card of a service the user added</extracomment>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Metropolitan France</source>
        <translation>Metropolitan France</translation>
    </message>
    <message>
        <source>Moselle</source>
        <translation>Moselle</translation>
    </message>
    <message>
        <source>Bas-Rhin</source>
        <translation>Bas-Rhin</translation>
    </message>
    <message>
        <source>Haut-Rhin</source>
        <translation>Haut-Rhin</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>French Guiana</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint Pierre and Miquelon</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>From your organisation</source>
        <extracomment>Tag on the card of a service that the user&apos;s organisation added or completed</extracomment>
        <translation>From your organisation</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show everything about one service.</source>
        <translation>Show everything about one service.</translation>
    </message>
    <message>
        <source>The service&apos;s id, as “list” shows it.</source>
        <translation>The service&apos;s id, as “list” shows it.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Print a JSON object.</translation>
    </message>
    <message>
        <source>helplines-cli show: give one service id, for example “helplines-cli show 3114”.</source>
        <translation>helplines-cli show: give one service id, for example “helplines-cli show 3114”.</translation>
    </message>
    <message>
        <source>helplines-cli show: no service has the id “%1”; “helplines-cli list” shows the ids.</source>
        <translation>helplines-cli show: no service has the id “%1”; “helplines-cli list” shows the ids.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation>Run by:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts:</translation>
    </message>
    <message>
        <source>dial %1</source>
        <translation>dial %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Hours: %1</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <source>Anonymity:</source>
        <translation>Anonymity:</translation>
    </message>
    <message>
        <source>Deaf and hard of hearing:</source>
        <translation>Deaf and hard of hearing:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>Last checked:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Listed by:</source>
        <translation>Listed by:</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The folder for Helplines&apos; data could not be created.</source>
        <translation>The folder for Helplines&apos; data could not be created.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file could not be opened.</source>
        <translation>Helplines&apos; data file could not be opened.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file is damaged.</source>
        <translation>Helplines&apos; data file is damaged.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file was written by a newer version of Helplines.</source>
        <translation>Helplines&apos; data file was written by a newer version of Helplines.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file cannot be written: it is read-only.</source>
        <translation>Helplines&apos; data file cannot be written: it is read-only.</translation>
    </message>
    <message>
        <source>Helplines&apos; data could not be saved: the disk is full.</source>
        <translation>Helplines&apos; data could not be saved: the disk is full.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file is in use by another program; try again in a moment.</source>
        <translation>Helplines&apos; data file is in use by another program; try again in a moment.</translation>
    </message>
    <message>
        <source>Helplines&apos; data could not be read or saved.</source>
        <translation>Helplines&apos; data could not be read or saved.</translation>
    </message>
</context>
<context>
    <name>WeekSchedule</name>
    <message>
        <source>%1 (today)</source>
        <extracomment>A day of the week schedule: &quot;Monday 12 January (today)&quot;</extracomment>
        <translation>%1 (today)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 hours</translation>
    </message>
    <message>
        <source>%1 to %2 the next day</source>
        <extracomment>A night opening: &quot;20:00 to 2:00 the next day&quot;</extracomment>
        <translation>%1 to %2 the next day</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>An opening within a day: &quot;9:00 to 18:00&quot;</extracomment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 (end not known)</source>
        <extracomment>An opening whose end is not known: &quot;17:00 to about 3:00 (end not known)&quot;</extracomment>
        <translation>%1 (end not known)</translation>
    </message>
    <message>
        <source>%1 (hours uncertain)</source>
        <translation>%1 (hours uncertain)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the openings of one day: &quot;9:00 to 12:00, 14:00 to 18:00&quot;</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Free psychological support lines, and whether they answer now.</source>
        <translation>Free psychological support lines, and whether they answer now.</translation>
    </message>
    <message>
        <source>Language of the window: fr or en.</source>
        <translation>Language of the window: fr or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Folder of the user&apos;s data (default: HELPLINES_DATA_DIR, or the platform&apos;s data folder).</source>
        <translation>Folder of the user&apos;s data (default: HELPLINES_DATA_DIR, or the platform&apos;s data folder).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>A directory file to use instead of the bundled one.</source>
        <translation>A directory file to use instead of the bundled one.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>helplines: unknown language “%1”: use --lang fr or --lang en.
</source>
        <translation>helplines: unknown language “%1”: use --lang fr or --lang en.
</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Helplines</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>The directory could not be read: %1</translation>
    </message>
    <message>
        <source>Usage: helplines-cli [options] &lt;command&gt; [command options]

Free psychological support lines, and whether they answer now.

Commands:
</source>
        <translation>Usage: helplines-cli [options] &lt;command&gt; [command options]

Free psychological support lines, and whether they answer now.

Commands:
</translation>
    </message>
    <message>
        <source>
Options of every command (before or after the command):
  --lang fr|en       language of the output (default: the system&apos;s)
  --data-dir FOLDER  folder of the user&apos;s data (default: HELPLINES_DATA_DIR, or
                     the platform&apos;s data folder)
  --directory FILE   a directory file to use instead of the bundled one
  -h, --help         this help, or a command&apos;s help after its name
  --version          the version

Exit codes: 0 success, 1 problems found or data unreadable, 2 wrong command line.
</source>
        <translation>
Options of every command (before or after the command):
  --lang fr|en       language of the output (default: the system&apos;s)
  --data-dir FOLDER  folder of the user&apos;s data (default: HELPLINES_DATA_DIR, or
                     the platform&apos;s data folder)
  --directory FILE   a directory file to use instead of the bundled one
  -h, --help         this help, or a command&apos;s help after its name
  --version          the version

Exit codes: 0 success, 1 problems found or data unreadable, 2 wrong command line.
</translation>
    </message>
    <message>
        <source>helplines-cli: unknown command “%1”. Try “helplines-cli --help”.</source>
        <translation>helplines-cli: unknown command “%1”. Try “helplines-cli --help”.</translation>
    </message>
    <message>
        <source>Show the services as at this instant (ISO 8601 with an offset, e.g. 2026-01-12T09:00+01:00), for demonstrations.</source>
        <translation>Show the services as at this instant (ISO 8601 with an offset, e.g. 2026-01-12T09:00+01:00), for demonstrations.</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>helplines: “%1” is not an instant: use ISO 8601 with an offset, e.g. 2026-01-12T09:00+01:00.
</source>
        <translation>helplines: “%1” is not an instant: use ISO 8601 with an offset, e.g. 2026-01-12T09:00+01:00.
</translation>
    </message>
    <message>
        <source>helplines: the language is set by your organisation; --lang is ignored.
</source>
        <translation>helplines: the language is set by your organisation; --lang is ignored.
</translation>
    </message>
    <message>
        <source>
The organisation&apos;s settings (policies.json) and provisioning file (directory.json) are read from %1, or from the folder in HELPLINES_SYSTEM_DIR (then without the registry or managed preferences).
</source>
        <translation>
The organisation&apos;s settings (policies.json) and provisioning file (directory.json) are read from %1, or from the folder in HELPLINES_SYSTEM_DIR (then without the registry or managed preferences).
</translation>
    </message>
</context>
</TS>
