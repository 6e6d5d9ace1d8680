#include "widgets/ScanView.h"

#include "DocumentDetector.h"
#include "Enhance.h"
#include "FrameSource.h"
#include "IdNumberReader.h"
#include "ImageFile.h"
#include "MrzReader.h"
#include "Quality.h"
#include "Rectify.h"
#include "Upright.h"

#include "domain/IdNumber.h"
#include "domain/Masking.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace ow {

namespace {

cv::Mat matOf(const QImage& image) {
    const QImage bgr = image.convertToFormat(QImage::Format_BGR888);
    return cv::Mat(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar*>(bgr.constBits()),
                   static_cast<std::size_t>(bgr.bytesPerLine()))
        .clone();
}

QImage imageOf(const cv::Mat& bgr) {
    return QImage(bgr.data, bgr.cols, bgr.rows, static_cast<qsizetype>(bgr.step), QImage::Format_BGR888).copy();
}

scan::DocumentKind kindOf(int index) {
    return index == 1 ? scan::DocumentKind::Passport : index == 2 ? scan::DocumentKind::A4 : scan::DocumentKind::Id1;
}

} // namespace

// Lives on the scan thread: reads frames, finds and judges the document, takes pages and reads them.
class ScanWorker : public QObject {
    Q_OBJECT
public:
    explicit ScanWorker(Clock clock)
        : m_clock(std::move(clock)) {}

    void open(const QString& source) {
        m_spec = source;
        m_capture.reset(); // opened again for the next applicant: their card gets its own capture
        m_timer = std::make_unique<QTimer>();
        connect(m_timer.get(), &QTimer::timeout, this, &ScanWorker::grab);
        try {
            m_source = scan::openFrameSource(source.toStdString());
        } catch (const std::exception& e) {
            emit failed(tr("The camera cannot be used (%1). Scans can still be imported from files.")
                            .arg(QString::fromStdString(e.what())));
            return;
        }
        m_timer->start(66); // about 15 frames a second: enough to aim, little for the CPU
    }
    void close() {
        if (m_timer)
            m_timer->stop();
        m_source.reset();
    }
    void setKind(int kind) { m_kind = kind; }
    void setAutomatic(bool on) {
        m_automatic = on;
        m_capture.reset();
    }
    void captureNow() { m_captureNext = true; }

    void importFile(const QString& file) {
        try {
            const cv::Mat image = scan::readImageFile(file.toStdString());
            const scan::Detection found = m_detector.detect(image);
            // A photo of the document on a desk is straightened; a flatbed scan (no desk around it) is kept.
            emit captured(imageOf(found.found && scan::assessQuality(image, found).areaFraction < 0.9
                                      ? upright(scan::rectify(image, found.quad, kindOf(m_kind)))
                                      : image));
        } catch (const std::exception& e) {
            emit failed(QString::fromStdString(e.what()));
        }
    }

    void readIdentity(const QImage& page, int kind) {
        const cv::Mat image = matOf(page);
        ScannedIdentity out;
        if (kindOf(kind) == scan::DocumentKind::Id1) {
            const auto read = scan::IdNumberReader(m_clock.todayIso()).read(image);
            if (!read || !read->valid) {
                emit failed(tr("The ID number could not be read with certainty. Take the card again, flat and "
                               "without glare, or type the number."));
                return;
            }
            out = {QStringLiteral("id_card"),
                   {},
                   QString::fromStdString(read->number),
                   QString::fromStdString(read->birthDate),
                   read->male ? QStringLiteral("M") : QStringLiteral("F")};
        } else {
            const auto read = scan::MrzReader().read(image);
            if (!read || !read->valid) {
                emit failed(tr("The passport's machine readable lines could not be read with certainty. Take the "
                               "page again, flat and without glare."));
                return;
            }
            const QString given = QString::fromStdString(read->value("givenNames"));
            out = {QStringLiteral("passport"),
                   QString::fromStdString(read->value("surname")) +
                       (given.isEmpty() ? QString() : QStringLiteral(" ") + given),
                   QString::fromStdString(read->value("documentNumber")),
                   QString::fromStdString(
                       scan::mrzDate(read->value("birthDate"),
                                     static_cast<int>(std::chrono::year_month_day(m_clock.today()).year()), 0)),
                   QString::fromStdString(read->value("sex"))};
        }
        emit identity(out);
    }

    // For the archive and the line to the hall: a card or passport as JPEG (a photo: a tenth of its PNG); an A4
    // page with its light flattened, in black and white as PNG when it is text (a few dozen KB), else as JPEG.
    void encode(const QString& materialId, const QList<QImage>& pages, bool page, bool blackAndWhite) {
        QList<QByteArray> out;
        for (const QImage& image : pages) {
            cv::Mat mat = matOf(image);
            std::vector<uchar> bytes;
            if (page && blackAndWhite)
                cv::imencode(".png", scan::blackAndWhite(mat), bytes);
            else
                cv::imencode(".jpg", page ? scan::flattenLight(mat) : mat, bytes, {cv::IMWRITE_JPEG_QUALITY, 88});
            out << QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
        }
        emit encoded(materialId, out);
    }

signals:
    void encoded(const QString& materialId, const QList<QByteArray>& pages);
    void preview(const QImage& frame, const QStringList& issues);
    void captured(const QImage& page);
    void identity(const ow::ScannedIdentity& identity);
    void failed(const QString& message);

private:
    void grab() {
        cv::Mat frame;
        if (!m_source || !m_source->next(frame)) {
            // A folder or a video standing in for a camera plays again from the start.
            try {
                m_source =
                    m_spec.startsWith(QLatin1String("camera:")) ? nullptr : scan::openFrameSource(m_spec.toStdString());
            } catch (const std::exception&) {
                m_source.reset();
            }
            if (!m_source || !m_source->next(frame)) {
                m_timer->stop();
                emit failed(tr("The camera stopped sending pictures. Check its cable, then open the scan view again."));
                return;
            }
        }
        const scan::Detection found = m_detector.detect(frame);
        const scan::Quality quality = scan::assessQuality(frame, found);
        const bool take =
            std::exchange(m_captureNext, false) || (m_automatic && m_capture.feed(found, quality, frame.size()));
        if (take && found.found)
            emit captured(imageOf(upright(scan::rectify(frame, found.quad, kindOf(m_kind)))));
        // The preview: the frame reduced for the screen, the outline green when it is good to take.
        const double scale = std::min(1.0, 960.0 / frame.cols);
        cv::Mat shown;
        cv::resize(frame, shown, cv::Size(), scale, scale, cv::INTER_AREA);
        if (found.found) {
            std::vector<cv::Point> outline;
            for (const auto& p : found.quad.corners)
                outline.emplace_back(cvRound(p.x * scale), cvRound(p.y * scale));
            cv::polylines(shown, outline, true, quality.ok() ? cv::Scalar(80, 200, 60) : cv::Scalar(0, 160, 255), 3,
                          cv::LINE_AA);
        }
        QStringList issues;
        for (const auto issue : quality.issues)
            issues << QString::fromLatin1(scan::qualityIssueCode(issue));
        emit preview(imageOf(shown), issues);
    }

    // The way its content reads (a card's number, a passport's zone): the page is kept the right way up.
    cv::Mat upright(const cv::Mat& page) const {
        return scan::uprightByContent(page, kindOf(m_kind), m_clock.todayIso());
    }

    QString m_spec;
    std::unique_ptr<scan::FrameSource> m_source;
    std::unique_ptr<QTimer> m_timer;
    scan::DocumentDetector m_detector;
    scan::AutoCapture m_capture;
    int m_kind = 0;
    bool m_automatic = true;
    bool m_captureNext = false;
    Clock m_clock; // the hall's day: a birth date after it is no birth date
};

ScanView::ScanView(Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_thread(new QThread(this))
    , m_worker(new ScanWorker(std::move(clock))) {
    qRegisterMetaType<ow::ScannedIdentity>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_preview = new QLabel(tr("No camera picture yet"));
    m_preview->setObjectName(QStringLiteral("scanPreviewLabel"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(480, 270);
    m_preview->setStyleSheet(QStringLiteral("background:#1f2933;color:#cbd2d9;border-radius:6px;"));
    left->addWidget(m_preview, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("scanStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("font-size:16px;padding:4px;"));
    left->addWidget(m_status);
    auto* controls = new QHBoxLayout;
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("scanKindCombo"));
    m_kind->addItems({tr("ID card"), tr("Passport"), tr("A4 document")});
    controls->addWidget(m_kind);
    auto* take = new QPushButton(tr("Capture (Space)"));
    take->setObjectName(QStringLiteral("scanCaptureButton"));
    controls->addWidget(take);
    m_auto = new QPushButton(tr("Automatic"));
    m_auto->setObjectName(QStringLiteral("scanAutoButton"));
    m_auto->setCheckable(true);
    m_auto->setChecked(true);
    controls->addWidget(m_auto);
    left->addLayout(controls);
    layout->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Pages (drag to reorder, Delete removes)")));
    m_pages = new QListWidget;
    m_pages->setObjectName(QStringLiteral("scanPagesList"));
    m_pages->setAccessibleName(tr("Pages scanned"));
    m_pages->setViewMode(QListView::IconMode);
    m_pages->setIconSize(QSize(160, 110));
    m_pages->setMovement(QListView::Snap);
    m_pages->setDragDropMode(QAbstractItemView::InternalMove);
    m_pages->setDefaultDropAction(Qt::MoveAction);
    right->addWidget(m_pages, 1);
    auto* read = new QPushButton(tr("Read the holder's details (F8)"));
    read->setObjectName(QStringLiteral("scanReadButton"));
    right->addWidget(read);
    m_material = new QComboBox;
    m_material->setObjectName(QStringLiteral("scanMaterialCombo"));
    auto* materialLabel = new QLabel(tr("The pages are the material"));
    materialLabel->setBuddy(m_material); // a screen reader says the combo box by its label
    right->addWidget(materialLabel);
    right->addWidget(m_material);
    m_blackAndWhite = new QCheckBox(tr("Text pages in black and white (smaller)"));
    m_blackAndWhite->setObjectName(QStringLiteral("scanBlackWhiteCheck"));
    m_blackAndWhite->setChecked(true);
    m_blackAndWhite->setEnabled(false); // for A4 pages only
    right->addWidget(m_blackAndWhite);
    auto* attach = new QPushButton(tr("Attach the pages to this material (Ctrl+T)"));
    attach->setObjectName(QStringLiteral("scanAttachButton"));
    right->addWidget(attach);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("scanResultLabel"));
    m_result->setWordWrap(true);
    m_result->setMinimumHeight(48);
    m_result->setStyleSheet(QStringLiteral("font-size:15px;padding:4px;"));
    right->addWidget(m_result);
    layout->addLayout(right, 2);

    connect(take, &QPushButton::clicked, this, &ScanView::capture);
    connect(read, &QPushButton::clicked, this, &ScanView::readIdentity);
    connect(attach, &QPushButton::clicked, this, &ScanView::attachPages);
    connect(m_auto, &QPushButton::toggled, m_worker, [this](bool on) { m_worker->setAutomatic(on); });
    connect(m_kind, &QComboBox::currentIndexChanged, m_worker, [this](int index) { m_worker->setKind(index); });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_blackAndWhite->setEnabled(index == 2); });
    connect(m_worker, &ScanWorker::preview, this, [this](const QImage& frame, const QStringList& issues) {
        m_preview->setPixmap(
            QPixmap::fromImage(frame).scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_status->setText(qualityMessage(issues));
    });
    connect(m_worker, &ScanWorker::captured, this, &ScanView::addPage);
    connect(m_worker, &ScanWorker::encoded, this, [this](const QString& material, const QList<QByteArray>& pages) {
        --m_encoding;
        emit pagesAttached(material, pages);
    });
    connect(m_worker, &ScanWorker::failed, this, [this](const QString& message) { m_result->setText(message); });
    connect(m_worker, &ScanWorker::identity, this, [this](const ScannedIdentity& identity) {
        // Masked on the screen, as everywhere the public may see it; the form gets the whole number.
        const std::string number = identity.idNumber.toStdString();
        m_result->setText(tr("Read from the %1: %2")
                              .arg(kindName(), QString::fromStdString(identity.document == QLatin1String("id_card")
                                                                          ? IdNumber::masked(number)
                                                                          : maskedDocumentNumber(number))));
        emit identityRead(identity);
    });
    setFocusPolicy(Qt::StrongFocus);
}

ScanView::~ScanView() {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ScanView::start(const QString& source) {
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, source] { worker->open(source); });
}

void ScanView::stop() {
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); });
}

void ScanView::setMaterials(const QList<QPair<QString, QString>>& idAndName) {
    m_material->clear();
    for (const auto& [id, name] : idAndName)
        m_material->addItem(name, id);
}

void ScanView::importFiles(const QStringList& files) {
    for (const QString& file : files)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, file] { worker->importFile(file); });
}

void ScanView::capture() {
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->captureNow(); });
}

void ScanView::readIdentity() {
    const int row = m_pages->currentRow() >= 0 ? m_pages->currentRow() : m_pages->count() - 1;
    if (row < 0) {
        m_result->setText(tr("Take a picture of the card or passport first."));
        return;
    }
    const QImage image = page(row);
    const int kind = m_kind->currentIndex();
    m_result->setText(tr("Reading…"));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, image, kind] { worker->readIdentity(image, kind); });
}

void ScanView::attachPages() {
    if (m_pages->count() == 0 || m_material->currentIndex() < 0) {
        m_result->setText(m_pages->count() == 0 ? tr("There are no pages to attach yet.")
                                                : tr("Choose the material the pages belong to."));
        return;
    }
    QList<QImage> pages;
    for (int i = 0; i < m_pages->count(); ++i)
        pages << page(i);
    const QString material = m_material->currentData().toString();
    const bool a4 = m_kind->currentIndex() == 2, blackAndWhite = m_blackAndWhite->isChecked();
    m_result->setText(
        tr("%n page(s) attached to %1.", nullptr, static_cast<int>(pages.size())).arg(m_material->currentText()));
    m_pages->clear();
    ++m_encoding;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, material, pages, a4, blackAndWhite] {
        worker->encode(material, pages, a4, blackAndWhite);
    });
}

int ScanView::pageCount() const { return m_pages->count(); }

QImage ScanView::page(int index) const {
    const QListWidgetItem* item = m_pages->item(index);
    return item ? item->data(Qt::UserRole).value<QImage>() : QImage();
}

QString ScanView::statusText() const { return m_result->text(); }

QString ScanView::qualityText() const { return m_status->text(); }

QString ScanView::qualityMessage(const QStringList& issues) {
    if (issues.isEmpty())
        return tr("✔ Good: hold still, or press Space to take it.");
    const QString& issue = issues.front();
    if (issue == QLatin1String("not_found"))
        return tr("Lay the card or page flat under the camera, on a darker surface if you can.");
    if (issue == QLatin1String("cut_off"))
        return tr("Part of the document is outside the picture: move it to the middle.");
    if (issue == QLatin1String("too_small"))
        return tr("Too far away: bring the document closer to the camera.");
    if (issue == QLatin1String("blurred"))
        return tr("Blurred: hold the document still, or move it a little further from the camera.");
    if (issue == QLatin1String("glare"))
        return tr("Glare on the card: tilt it a little away from the light.");
    return issue;
}

void ScanView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space) {
        capture();
    } else if (event->key() == Qt::Key_F8) {
        readIdentity();
    } else if (event->key() == Qt::Key_T && event->modifiers().testFlag(Qt::ControlModifier)) {
        attachPages();
    } else if (event->key() == Qt::Key_Delete && m_pages->currentItem()) {
        delete m_pages->takeItem(m_pages->currentRow());
    } else {
        QWidget::keyPressEvent(event);
    }
}

void ScanView::addPage(const QImage& page) {
    auto* item = new QListWidgetItem(
        QIcon(QPixmap::fromImage(page.scaled(320, 220, Qt::KeepAspectRatio, Qt::SmoothTransformation))),
        tr("Page %1").arg(m_pages->count() + 1));
    item->setData(Qt::UserRole, page);
    m_pages->addItem(item);
    m_pages->setCurrentItem(item);
    m_result->setText(tr("Page taken (%1 × %2).").arg(page.width()).arg(page.height()));
}

QString ScanView::kindName() const { return m_kind->currentText(); }

} // namespace ow

#include "ScanView.moc"
