#include "PhotoDecoder.h"

#include <dlfcn.h>

namespace ow::idcard {

namespace {
// Larger than any card photo (102 × 126 × 3 = 38,556 bytes): a library asking for more answers nonsense.
constexpr std::size_t kCapacity = 256 * 256 * 3;
} // namespace

std::unique_ptr<PhotoDecoder> PhotoDecoder::load(const std::string& path, std::string* error) {
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        if (error)
            *error = ::dlerror();
        return nullptr;
    }
    void* symbol = ::dlsym(handle, kSymbol);
    if (!symbol) {
        if (error)
            *error = path + " has no " + kSymbol;
        ::dlclose(handle);
        return nullptr;
    }
    return std::unique_ptr<PhotoDecoder>(new PhotoDecoder(handle, reinterpret_cast<Entry>(symbol)));
}

PhotoDecoder::~PhotoDecoder() { ::dlclose(m_handle); }

std::optional<PhotoDecoder::Image> PhotoDecoder::decode(std::span<const std::uint8_t> photo) const {
    Image image;
    image.rgb.resize(kCapacity);
    const int status =
        m_entry(photo.data(), photo.size(), image.rgb.data(), image.rgb.size(), &image.width, &image.height);
    if (status != 0 || image.width <= 0 || image.height <= 0 || image.width > 256 || image.height > 256)
        return std::nullopt;
    image.rgb.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 3);
    return image;
}

} // namespace ow::idcard
