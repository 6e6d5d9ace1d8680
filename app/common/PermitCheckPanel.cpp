#include "app/common/PermitCheckPanel.h"

#include "app/common/CodeCamera.h"

#include "Codes.h"
#include "FrameSource.h"
#include "ImageFile.h"

#include <QElapsedTimer>

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace ow {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

const char* toneOf(PermitCheckResult::Outcome outcome) {
    switch (outcome) {
    case PermitCheckResult::Outcome::Valid: return "good";
    case PermitCheckResult::Outcome::ValidOffline:
    case PermitCheckResult::Outcome::Expired:
    case PermitCheckResult::Outcome::KeyUnknown:
    case PermitCheckResult::Outcome::NotAPermit: return "warn";
    case PermitCheckResult::Outcome::Revoked:
    case PermitCheckResult::Outcome::Forged: return "bad";
    }
    return "";
}

QString markOf(PermitCheckResult::Outcome outcome) {
    switch (outcome) {
    case PermitCheckResult::Outcome::Valid: return QStringLiteral("✔");
    case PermitCheckResult::Outcome::ValidOffline:
    case PermitCheckResult::Outcome::Expired:
    case PermitCheckResult::Outcome::KeyUnknown:
    case PermitCheckResult::Outcome::NotAPermit: return QStringLiteral("!");
    case PermitCheckResult::Outcome::Revoked:
    case PermitCheckResult::Outcome::Forged: return QStringLiteral("✖");
    }
    return {};
}

} // namespace

PermitCheckPanel::PermitCheckPanel(PermitChecker& checker, Style style, QWidget* parent)
    : QWidget(parent)
    , m_checker(checker)
    , m_style(style) {
    const bool kiosk = style == Style::Kiosk;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kiosk ? 80 : 16, kiosk ? 30 : 16, kiosk ? 80 : 16, kiosk ? 20 : 16);
    layout->setSpacing(kiosk ? 24 : 12);
    auto* prompt = new QLabel(kiosk ? tr("Hold the QR code of the permit to the reader.")
                                    : tr("Scan the permit's QR code with the reader, or open a photo of it."));
    prompt->setObjectName(kiosk ? QStringLiteral("kioskPromptLabel") : QStringLiteral("sectionLabel"));
    prompt->setWordWrap(true);
    prompt->setAlignment(kiosk ? Qt::AlignCenter : Qt::AlignLeft);
    layout->addWidget(prompt);
    if (!kiosk) {
        auto* row = new QHBoxLayout;
        m_code = new QLineEdit;
        m_code->setObjectName(QStringLiteral("permitCodeEdit"));
        m_code->setPlaceholderText(tr("The code reader types here"));
        m_code->setAccessibleName(tr("Permit code"));
        connect(m_code, &QLineEdit::returnPressed, this, [this] {
            if (!m_code->text().trimmed().isEmpty())
                checkCodes({m_code->text().trimmed()});
            m_code->clear();
        });
        row->addWidget(m_code, 1);
        auto* open = new QPushButton(tr("Open photo… (Ctrl+O)"));
        open->setObjectName(QStringLiteral("openPhotoButton"));
        connect(open, &QPushButton::clicked, this, &PermitCheckPanel::openImage);
        auto* shortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+O")), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &PermitCheckPanel::openImage);
        row->addWidget(open);
        auto* camera = new QPushButton(tr("Camera (Ctrl+K)"));
        camera->setObjectName(QStringLiteral("cameraButton"));
        auto useCamera = [this] { checkCamera(cameraSource()); };
        connect(camera, &QPushButton::clicked, this, useCamera);
        auto* cameraKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+K")), this);
        cameraKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(cameraKey, &QShortcut::activated, this, useCamera);
        row->addWidget(camera);
        layout->addLayout(row);
    }
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("verdictLabel"));
    m_headline->setAlignment(Qt::AlignCenter);
    m_headline->setWordWrap(true);
    m_headline->setProperty("kiosk", kiosk);
    layout->addWidget(m_headline);
    m_detail = new QLabel;
    m_detail->setObjectName(kiosk ? QStringLiteral("kioskInfoLabel") : QStringLiteral("verdictDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_detail);
    m_claims = new QWidget;
    m_claims->setObjectName(kiosk ? QStringLiteral("kioskClaims") : QStringLiteral("permitClaims"));
    m_claimsForm = new QFormLayout(m_claims);
    m_claimsForm->setLabelAlignment(Qt::AlignRight);
    layout->addWidget(m_claims);
    layout->addStretch(1);
    connect(&m_checker, &PermitChecker::checked, this, [this](const PermitCheckResult& result) {
        if (m_busy)
            showResult(result);
    });
    clear();
}

PermitCheckPanel::~PermitCheckPanel() {
    *m_stopCamera = true;
    m_pool.waitForDone();
}

void PermitCheckPanel::clear() {
    m_result.reset();
    m_busy = false;
    m_headline->setText(QString());
    m_headline->setProperty("tone", QString());
    m_detail->setText(QString());
    m_claims->hide();
    if (m_code)
        m_code->setFocus();
}

void PermitCheckPanel::setBusy(bool busy, const QString& text) {
    m_busy = busy;
    if (busy) {
        m_headline->setProperty("tone", QStringLiteral("busy"));
        m_headline->setText(text);
        m_headline->style()->polish(m_headline);
        m_detail->setText(QString());
        m_claims->hide();
    }
}

void PermitCheckPanel::checkCodes(const QStringList& codes) {
    ++m_generation;
    *m_stopCamera = true;
    setBusy(true, tr("Checking…"));
    m_checker.check(codes);
}

// Reads codes on a worker thread with `read` (which says what went wrong in `problem`), then checks them here —
// unless the panel is gone or a newer check has started meanwhile.
void PermitCheckPanel::readOffThread(const QString& busyText, Reader read) {
    const int generation = ++m_generation;
    *m_stopCamera = true; // a camera still watched for an earlier check stops
    m_stopCamera = std::make_shared<std::atomic_bool>(false);
    setBusy(true, busyText);
    QPointer<PermitCheckPanel> self(this);
    m_pool.start([self, generation, read = std::move(read), stop = m_stopCamera] {
        QString problem;
        const QStringList codes = read(problem, *stop);
        if (*stop)
            return;
        QMetaObject::invokeMethod(qApp, [self, codes, problem, generation] {
            if (!self || generation != self->m_generation)
                return;
            if (!problem.isEmpty())
                self->report(problem);
            else
                self->m_checker.check(codes);
        });
    });
}

void PermitCheckPanel::checkImage(const QString& path) {
    readOffThread(tr("Reading the photo…"), [path](QString& problem, const std::atomic_bool&) {
        QStringList codes;
        cv::Mat image;
        try {
            image = scan::readImageFile(path.toStdString());
        } catch (const std::exception&) {
            image.release(); // missing, unreadable or too large: said below
        }
        if (image.empty())
            problem = tr("The file %1 is not a picture that can be read.").arg(path);
        for (const scan::Code& code : scan::readCodes(image))
            codes << QString::fromStdString(code.text);
        return codes;
    });
}

void PermitCheckPanel::checkCamera(const QString& source, int seconds) {
    readOffThread(tr("Hold the permit's QR code in front of the camera…"),
                  [source, seconds](QString& problem, const std::atomic_bool& stop) {
                      QStringList codes;
                      try {
                          codes = readCodesFromCamera(source, seconds, stop, [](const QString& text) {
                              return text.count(QLatin1Char('.')) == 2; // a permit's token
                          });
                          if (codes.isEmpty())
                              problem = tr("No permit code was seen by the camera. Hold it closer, flat and still, "
                                           "and try again.");
                      } catch (const std::exception&) {
                          problem = tr("The camera cannot be opened. Check that it is plugged in, or open a photo "
                                       "instead.");
                      }
                      return codes;
                  });
}

void PermitCheckPanel::report(const QString& problem) {
    m_busy = false;
    m_result.reset();
    m_headline->setProperty("tone", QStringLiteral("warn"));
    m_headline->setText(QStringLiteral("! ") + problem);
    m_headline->style()->polish(m_headline);
    m_detail->setText(QString());
    m_claims->hide();
}

void PermitCheckPanel::openImage() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Photo of the permit"), QString(),
                                                      tr("Pictures (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)"));
    if (!path.isEmpty())
        checkImage(path);
}

void PermitCheckPanel::showResult(const PermitCheckResult& result) {
    m_busy = false;
    m_result = result;
    const auto outcome = result.outcome();
    m_headline->setProperty("tone", QString::fromLatin1(toneOf(outcome)));
    m_headline->setText(markOf(outcome) + QLatin1Char(' ') + result.headline());
    m_headline->style()->polish(m_headline);
    m_detail->setText(result.detail());
    while (m_claimsForm->rowCount() > 0)
        m_claimsForm->removeRow(0);
    if (result.offline && result.offline->genuine()) {
        const PermitClaims& c = result.offline->claims;
        const bool kiosk = m_style == Style::Kiosk;
        auto add = [&](const QString& label, const QString& value, const QString& support = {}) {
            auto* l = new QLabel(label);
            auto* v = new QLabel(value);
            v->setToolTip(support); // ids for support only, never in the text people read
            v->setTextInteractionFlags(Qt::TextSelectableByMouse);
            v->setWordWrap(true);
            if (kiosk) {
                l->setObjectName(QStringLiteral("kioskFieldLabel"));
                v->setObjectName(QStringLiteral("kioskFieldValue"));
            }
            m_claimsForm->addRow(l, v);
        };
        const Catalog* catalog = m_catalog ? m_catalog() : nullptr;
        if (const ServiceItem* item = catalog ? catalog->item(c.type) : nullptr)
            add(tr("Type"), q(item->resultName()), q(c.type));
        add(tr("Permit number"), q(c.id));
        add(tr("Holder"), q(c.holder));
        add(tr("Valid"), c.validTo == "9999-12-31" ? tr("long-term, from %1").arg(q(c.validFrom))
                                                   : tr("%1 to %2").arg(q(c.validFrom), q(c.validTo)));
        add(tr("Issued by"), result.issuer(), tr("issuer %1, key %2").arg(q(c.issuer), q(result.offline->kid)));
        m_claims->show();
    } else {
        m_claims->hide();
    }
}

QString PermitCheckPanel::headlineText() const { return m_headline->text(); }

QString PermitCheckPanel::claimsText() const {
    QStringList lines;
    for (int row = 0; row < m_claimsForm->rowCount(); ++row) {
        const auto* label = qobject_cast<QLabel*>(m_claimsForm->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto* value = qobject_cast<QLabel*>(m_claimsForm->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value)
            lines << label->text() + QLatin1Char(' ') + value->text();
    }
    return lines.join(QLatin1Char('\n'));
}
QString PermitCheckPanel::detailText() const { return m_detail->text(); }

} // namespace ow
