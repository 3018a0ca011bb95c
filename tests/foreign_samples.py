"""Japanese, Korean and traditional-Chinese sample texts for the encoding tests (written for
these tests, not taken from any page)."""

JA = ("今日は東京で新しい図書館が開かれました。市民の皆さんは朝から並んで、本を借りるのを"
      "楽しみにしていました。館長は「地域の学びの場にしたい」と話しています。\n")
KO = ("오늘 서울에서 새로운 도서관이 문을 열었습니다. 시민들은 아침부터 줄을 서서 책을 "
      "빌리기를 기다렸습니다. 관장은 지역의 배움터로 만들고 싶다고 말했습니다.\n")
TW = ("今天臺北市立圖書館舉辦讀書會，許多市民參加。館長表示，將繼續推動閱讀活動，讓更多學生"
      "與家長走進圖書館。這項計畫獲得地方政府支持。\n")
