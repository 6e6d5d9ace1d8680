#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

// The seam for a hall's licensed decoder of the chip's photo. The card stores its photo (102 × 126) as 1024 bytes of
// a licensed compressed format; OneWindow keeps those bytes with the case and never pretends to decode them. A hall
// that holds the licence configures a shared library, loaded here with dlopen, exporting
//
//     extern "C" int onewindow_decode_photo(const unsigned char* photo, size_t photo_len,
//                                           unsigned char* rgb, size_t rgb_capacity, int* width, int* height);
//
// which writes the photo as 8-bit RGB rows, top to bottom, sets its size and returns 0 (anything else: not decoded).
// The makers' decoder libraries each have their own entry point; a thin adapter of a few lines maps one onto this.
namespace ow::idcard {

class PhotoDecoder {
public:
    struct Image {
        int width = 0, height = 0;
        std::vector<std::uint8_t> rgb; // width * height * 3
    };
    static constexpr const char* kSymbol = "onewindow_decode_photo";

    // The library at `path`; nothing, with `error` filled, when it cannot be loaded or lacks the entry point.
    static std::unique_ptr<PhotoDecoder> load(const std::string& path, std::string* error);
    ~PhotoDecoder();
    PhotoDecoder(const PhotoDecoder&) = delete;
    PhotoDecoder& operator=(const PhotoDecoder&) = delete;

    // The photo, or nothing when the library says it could not decode it (or answers nonsense).
    std::optional<Image> decode(std::span<const std::uint8_t> photo) const;

private:
    using Entry = int (*)(const unsigned char*, std::size_t, unsigned char*, std::size_t, int*, int*);
    PhotoDecoder(void* handle, Entry entry)
        : m_handle(handle)
        , m_entry(entry) {}
    void* m_handle;
    Entry m_entry;
};

} // namespace ow::idcard
