<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own texts (standard dialog buttons, the edit menu of text fields) in Eastern Armenian:
     Qt ships no Armenian catalogue. The source texts are those of Qt 6's qtbase
     (QPlatformTheme::defaultStandardButtonText, QWidgetTextControl, QLineEdit,
     QAbstractSpinBox). Loaded after Qt's own catalogues, for Armenian only. -->
<TS version="2.1" language="hy">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Լավ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Պահպանել բոլորը</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Այո</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Այո &amp;բոլորին</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ոչ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ո&amp;չ բոլորին</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ընդհատել</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Կրկնել</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Անտեսել</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Չպահպանել</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Օգնություն</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Կիրառել</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Վերակայել</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Վերականգնել սկզբնականը</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Փակել առանց պահպանելու</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Չպահպանել</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Կրկնել</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Կտրել</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Պատճենել</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Տեղադրել</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ընտրել բոլորը</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Կրկնել</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Կտրել</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Պատճենել</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Տեղադրել</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ընտրել բոլորը</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Ընտրել բոլորը</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Մեծացնել</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Փոքրացնել</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Թերթել ձախ</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Թերթել աջ</translation>
    </message>
</context>
</TS>
