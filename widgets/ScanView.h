#pragma once

#include "domain/Clock.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QThread;

namespace ow {

class ScanWorker;

// What a card or passport said about its holder, for the applicant's fields.
struct ScannedIdentity {
    QString document;  // "id_card" or "passport"
    QString name;      // from a passport's zone (an ID card's name is not read)
    QString idNumber;  // the resident ID number, or the passport number
    QString birthDate; // ISO
    QString sex;       // "M" / "F"
};

// The scan view at the counter and the station: the camera's picture with the document's outline over it and
// what is wrong with the capture in words; a capture by key (Space) or by itself once the card holds still; the
// pages taken, in order (drag to reorder, Delete to remove); then attach them to a material of the application,
// or read the ID card's number or the passport's zone into the applicant's fields. The camera is read, and the
// documents found, straightened and read, on a worker thread: the window never waits for it.
class ScanView : public QWidget {
    Q_OBJECT
public:
    explicit ScanView(Clock clock = Clock(), QWidget* parent = nullptr);
    ~ScanView() override;

    // "camera:0", or a folder of images or a video file standing in for a camera (played in a loop).
    void start(const QString& source);
    void stop();
    void setMaterials(const QList<QPair<QString, QString>>& idAndName); // the application's materials
    void importFiles(const QStringList& files);                         // flatbed scans or photos, as pages
    void capture();                                                     // the document in view, now
    void readIdentity();                                                // from the selected page
    void attachPages(); // all pages to the chosen material, then the list is cleared

    bool isEncoding() const { return m_encoding > 0; } // attached pages still being written
    int pageCount() const;
    QImage page(int index) const;
    QString statusText() const;  // what was last done or went wrong: a page taken, a card read, a camera missing
    QString qualityText() const; // the live word on the picture: good, blurred, too far …
    // The clerk's sentence for what the quality gate found ("not_found", "blurred", …), in the UI language.
    static QString qualityMessage(const QStringList& issues);

signals:
    // The pages as files: JPEG, or PNG for a text page in black and white.
    void pagesAttached(const QString& materialId, const QList<QByteArray>& pages);
    void identityRead(const ow::ScannedIdentity& identity);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void addPage(const QImage& page);
    QString kindName() const;
    QLabel* m_preview;
    QLabel* m_status; // live: the quality of what the camera sees
    QLabel* m_result; // lasting: what was done, read or went wrong
    QComboBox* m_kind;
    QComboBox* m_material;
    QCheckBox* m_blackAndWhite;
    QListWidget* m_pages;
    QPushButton* m_auto;
    QThread* m_thread;
    ScanWorker* m_worker;
    int m_encoding = 0;
};

} // namespace ow

Q_DECLARE_METATYPE(ow::ScannedIdentity)
