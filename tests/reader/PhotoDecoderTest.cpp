#include "PhotoDecoder.h"
#include "idcard/SamSimulator.h"

#include <gtest/gtest.h>

using namespace ow::idcard;

TEST(PhotoDecoder, LoadsAHallsLibraryAndPassesThePhotoThrough) {
    std::string error;
    const auto decoder = PhotoDecoder::load(ONEWINDOW_TEST_PHOTO_LIBRARY, &error);
    ASSERT_TRUE(decoder) << error;
    const auto photo = ow::testing::SamSimulator::defaultPhoto();
    unsigned char mix = 0;
    for (const auto byte : photo)
        mix ^= byte;
    const auto image = decoder->decode(photo);
    ASSERT_TRUE(image);
    EXPECT_EQ(image->width, 102);
    EXPECT_EQ(image->height, 126);
    ASSERT_EQ(image->rgb.size(), 102U * 126U * 3U);
    EXPECT_EQ(image->rgb.front(), mix);
    EXPECT_EQ(image->rgb.back(), mix);
}

TEST(PhotoDecoder, WhatTheLibraryRefusesOrAnswersWronglyIsNotAPhoto) {
    std::string error;
    const auto decoder = PhotoDecoder::load(ONEWINDOW_TEST_PHOTO_LIBRARY, &error);
    ASSERT_TRUE(decoder) << error;
    EXPECT_FALSE(decoder->decode(std::vector<std::uint8_t>(1000, 1)));
    std::vector<std::uint8_t> odd(1024, 1);
    odd[0] = 0xEE;
    EXPECT_FALSE(decoder->decode(odd));
}

TEST(PhotoDecoder, AMissingLibraryOrEntryPointIsSaidSo) {
    std::string error;
    EXPECT_FALSE(PhotoDecoder::load("/nonexistent/libwlt.so", &error));
    EXPECT_FALSE(error.empty());
    error.clear();
    EXPECT_FALSE(PhotoDecoder::load("libc.so.6", &error)); // a library, without the entry point
    EXPECT_NE(error.find("onewindow_decode_photo"), std::string::npos) << error;
}
