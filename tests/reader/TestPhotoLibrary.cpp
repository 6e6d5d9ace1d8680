// A stand-in for a hall's licensed photo decoder, for the seam's test only: it does not decode anything. It answers
// a 102 × 126 image whose every pixel is the XOR of the bytes it was given (so the test sees the bytes went through),
// refuses input that is not 1024 bytes, and for input starting with 0xEE claims an impossible size.
#include <cstddef>

extern "C" int onewindow_decode_photo(const unsigned char* photo, std::size_t photoLen, unsigned char* rgb,
                                      std::size_t capacity, int* width, int* height) {
    if (photoLen != 1024)
        return 1;
    if (photo[0] == 0xEE) {
        *width = 100000;
        *height = 1;
        return 0;
    }
    unsigned char mix = 0;
    for (std::size_t i = 0; i < photoLen; ++i)
        mix ^= photo[i];
    *width = 102;
    *height = 126;
    const std::size_t size = 102U * 126U * 3U;
    if (capacity < size)
        return 2;
    for (std::size_t i = 0; i < size; ++i)
        rgb[i] = mix;
    return 0;
}
