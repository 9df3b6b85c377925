### Terms: names that must be written the same way everywhere (offices,
### school types …). Use them in texts as { -stelle }. Every language
### translates them in its own locales/<lang>/_terms.ftl.

-stelle = Name Ihrer Stelle
