// The translation files, as shipped: every text translated, and every translation carries the same placeholders
// (%1, %n, …) as its source, so no screen shows a raw "%2" or another message's words; and the language chosen is
// Chinese unless English is asked for.
#include "app/common/AppContext.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message {
    QString context, source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
};

std::vector<Message> readTs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open " + path.toStdString());
    QXmlStreamReader xml(&file);
    std::vector<Message> out;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            out.push_back(current);
        }
    }
    if (xml.hasError())
        throw std::runtime_error(path.toStdString() + ": " + xml.errorString().toStdString());
    return out;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0).remove(QLatin1Char('L')));
    return found;
}

void checkFile(const QString& name) {
    const auto messages = readTs(QStringLiteral(ONEWINDOW_TRANSLATIONS_DIR "/") + name);
    ASSERT_GT(messages.size(), 200u) << name.toStdString();
    for (const Message& m : messages) {
        const std::string where = name.toStdString() + " [" + m.context.toStdString() + "] " + m.source.toStdString();
        EXPECT_FALSE(m.unfinished) << where;
        for (const QString& t : m.translations) {
            EXPECT_FALSE(t.trimmed().isEmpty()) << where;
            EXPECT_FALSE(t.contains(QLatin1String("<source>")) || t.contains(QLatin1String("</translation>"))) << where;
            EXPECT_EQ(placeholders(t), placeholders(m.source)) << where << "\n  -> " << t.toStdString();
        }
    }
}

} // namespace

TEST(Translations, ChineseIsCompleteAndKeepsEveryPlaceholder) { checkFile(QStringLiteral("onewindow_zh_CN.ts")); }

TEST(Translations, EnglishIsCompleteAndKeepsEveryPlaceholder) { checkFile(QStringLiteral("onewindow_en.ts")); }

TEST(Translations, ChineseFirstUnlessEnglishIsAsked) {
    using ow::AppContext;
    EXPECT_EQ(AppContext::languageFor({}, QLocale::c()), QStringLiteral("zh_CN")) << "a kiosk image's C locale";
    EXPECT_EQ(AppContext::languageFor({}, QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
    EXPECT_EQ(AppContext::languageFor({}, QLocale(QStringLiteral("de_DE"))), QStringLiteral("zh_CN"));
    EXPECT_EQ(AppContext::languageFor({}, QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
    EXPECT_EQ(AppContext::languageFor(QStringLiteral("en"), QLocale(QStringLiteral("zh_CN"))), QStringLiteral("en"));
    EXPECT_EQ(AppContext::languageFor(QStringLiteral("zh_CN"), QLocale(QStringLiteral("en_US"))),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(AppContext::languageFor(QStringLiteral("fr"), QLocale(QStringLiteral("en_US"))), QStringLiteral("zh_CN"))
        << "a language the UI does not speak: Chinese";
}
